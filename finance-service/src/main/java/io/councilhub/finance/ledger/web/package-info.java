/** The HTTP API of the ledger: booking receipts and payments, reading a year's entries and budget against actual. */
package io.councilhub.finance.ledger.web;
