/** The HTTP API of applications: {@code /api/applications}. */
package io.councilhub.membership.application.web;
