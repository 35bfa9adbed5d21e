/** The HTTP API of meetings: {@code /api/meetings}, public meetings readable anonymously. */
package io.councilhub.events.meeting.web;
