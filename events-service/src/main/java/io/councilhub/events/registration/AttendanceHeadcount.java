package io.councilhub.events.registration;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * Attendance counted by hand, for a meeting whose attendees were not registered one by one (the packet's FY2021
 * study sessions): local governments, organisations, people and whether the people include observers.
 */
public record AttendanceHeadcount(int localGovernments, int organisations, int people, boolean observersIncluded) {

    public AttendanceHeadcount {
        if (localGovernments < 0) {
            throw new InvalidFieldException("headcount.localGovernments", "must be 0 or more");
        }
        if (organisations < 0) {
            throw new InvalidFieldException("headcount.organisations", "must be 0 or more");
        }
        if (people < 0) {
            throw new InvalidFieldException("headcount.people", "must be 0 or more");
        }
    }
}
