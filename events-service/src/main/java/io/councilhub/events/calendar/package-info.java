/** The annual activity calendar (年間活動計画書): activities by month, from scheduled meetings and planned items. */
package io.councilhub.events.calendar;
