package io.councilhub.contracts.membership;

import io.councilhub.contracts.DomainEvent;

import java.util.List;
import java.util.Objects;

/** 役員・幹事の委嘱: the officer roster of a fiscal year was adopted. */
public record OfficerRosterAdopted(String rosterId, int fiscalYear, List<Officer> officers) implements DomainEvent {

    public OfficerRosterAdopted {
        Objects.requireNonNull(rosterId, "rosterId");
        officers = List.copyOf(officers);
    }

    @Override
    public String subject() {
        return rosterId;
    }

    /**
     * One entry of the roster. {@code role}: PRESIDENT, VICE_PRESIDENT, CHIEF_SECRETARY, OFFICER, AUDITOR;
     * {@code changeReason}: REAPPOINTED, REPLACED_BY_TRANSFER, DUTIES_TRANSFERRED, NEW.
     */
    public record Officer(String memberId, String role, String department, String title, String personName,
                          String changeReason) {
    }
}
