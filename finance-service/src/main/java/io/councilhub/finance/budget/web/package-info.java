/** The HTTP API of budgets: drafting, lines, proposal, adoption, and the budget table as JSON, CSV and XLSX. */
package io.councilhub.finance.budget.web;
