/** The HTTP API of the officer rosters: {@code /api/officer-rosters/{fiscalYear}}. */
package io.councilhub.membership.officer.web;
