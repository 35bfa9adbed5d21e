package io.councilhub.events.voter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** The officers of one fiscal year's adopted roster (the executive committee's voters), as OfficerRosterAdopted said. */
@Document("voterRollOfficers")
class AdoptedOfficers {

    @Id
    private String id;
    private int fiscalYear;
    private String rosterId;
    private List<Officer> officers = List.of();

    private AdoptedOfficers() {
    }

    int fiscalYear() {
        return fiscalYear;
    }

    String rosterId() {
        return rosterId;
    }

    List<Officer> officers() {
        return officers == null ? List.of() : officers;
    }

    /** One officer: the organisation it represents, the person and the role. */
    record Officer(String memberId, String personName, String role) {
    }
}
