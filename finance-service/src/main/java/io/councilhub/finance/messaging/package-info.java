/** The consumers of meetings' and subcommittees' topics: approved budgets and settlements, approved activity plans. */
package io.councilhub.finance.messaging;
