package io.councilhub.events.proposal;

/** How a voter took part: present (online or in person), by proxy (委任状), or by a written answer (書面決議). */
public enum Attendance {
    PRESENT,
    PROXY,
    WRITTEN
}
