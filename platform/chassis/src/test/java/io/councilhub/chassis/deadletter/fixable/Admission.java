package io.councilhub.chassis.deadletter.fixable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the handler writes for each admission it applied. */
@Document("admissions")
public record Admission(@Id String memberId, String name, int applied) {
}
