/** Dues invoices (負担金請求) per member and fiscal year, their payments, the arrears list and the dues roll. */
package io.councilhub.finance.invoice;
