/** {@code /api/meetings/{meetingId}/agenda}, {@code /api/meetings/{meetingId}/minutes} and {@code /api/proposals/{id}/...}: the agenda, votes and decisions over HTTP. */
package io.councilhub.events.proposal.web;
