/** 会計帳簿: receipts and payments booked to budget lines, and the budget against the actual per line. */
package io.councilhub.finance.ledger;
