/** 部会活動助成: grants allocated to subcommittees for their approved activity plans, and their payment. */
package io.councilhub.finance.grant;
