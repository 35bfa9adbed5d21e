/** The HTTP API of dues: {@code /api/finance/fiscal-years/{year}/dues-schedule} and {@code .../dues-forecast}. */
package io.councilhub.finance.dues.web;
