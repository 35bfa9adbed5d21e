/** The subcommittees pages: subcommittees and working groups, their activity plans with cost tables, and their reports. */
package io.councilhub.gateway.dashboard.subcommittees;
