/** Events that finance-service publishes about dues, budgets, grants and settlements. */
package io.councilhub.contracts.finance;
