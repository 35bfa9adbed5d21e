/** Dues (負担金): rates per member category and fiscal year, and the forecast of what the roll owes. */
package io.councilhub.finance.dues;
