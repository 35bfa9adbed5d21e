/** The HTTP API of the annual activity calendar: {@code /api/calendar/{fiscalYear}} as JSON and as a printable page. */
package io.councilhub.events.calendar.web;
