/** The meetings pages: the year's meetings, the annual activity calendar, a meeting's registrations, attendance and agenda. */
package io.councilhub.gateway.dashboard.meetings;
