/** Registrations for meetings: places and the waitlist, cancellation by link, attendance and its statistics. */
package io.councilhub.events.registration;
