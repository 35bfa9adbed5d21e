/** finance-service: dues, invoices and payments, budgets, grants and settlements. */
package io.councilhub.finance;
