/** events-service: Owns meetings, registrations, numbered proposals and votes, and the annual activity calendar (issue 6). */
package io.councilhub.events;
