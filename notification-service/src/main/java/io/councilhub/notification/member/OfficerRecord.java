package io.councilhub.notification.member;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** The officer roster most recently adopted (the latest fiscal year wins); one document, id {@value #CURRENT}. */
@Document("officer_rosters")
public class OfficerRecord {

    static final String CURRENT = "current";

    @Id
    private String id;
    private String rosterId;
    private int fiscalYear;
    private List<Officer> officers;

    private OfficerRecord() {
    }

    OfficerRecord(String rosterId, int fiscalYear, List<Officer> officers) {
        this.id = CURRENT;
        this.rosterId = rosterId;
        this.fiscalYear = fiscalYear;
        this.officers = List.copyOf(officers);
    }

    public String rosterId() { return rosterId; }
    public int fiscalYear() { return fiscalYear; }
    public List<Officer> officers() { return officers == null ? List.of() : List.copyOf(officers); }

    /** One officer: the member organisation they come from, their role and name. */
    public record Officer(String memberId, String role, String personName) {
    }
}
