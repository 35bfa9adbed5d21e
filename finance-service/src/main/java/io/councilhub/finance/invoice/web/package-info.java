/** The HTTP API of invoices: issuing, payments, a member's own invoices, arrears and the dues roll (JSON, CSV, XLSX). */
package io.councilhub.finance.invoice.web;
