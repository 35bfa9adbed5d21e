/** HTTP API of activity reports: drafting, reporting, and the report as JSON and as a printable page. */
package io.councilhub.subcommittee.report.web;
