package io.councilhub.chassis.sample;

import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.UUID;

/** A sample aggregate whose creation records a MemberAdmitted event in its outbox. */
@Document("enrolments")
public class Enrolment extends OutboxAggregate {

    @Id
    private String id;
    private String name;
    private MemberCategory category;

    Enrolment() {
    }

    public static Enrolment admit(String name, MemberCategory category, LocalDate on) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID().toString();
        enrolment.name = name;
        enrolment.category = category;
        enrolment.record(new MemberAdmitted(enrolment.id, name, category, on));
        return enrolment;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
