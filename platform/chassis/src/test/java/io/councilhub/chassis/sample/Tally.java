package io.councilhub.chassis.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A read model the sample consumer keeps: how many admissions it has applied, per category. */
@Document("tallies")
public record Tally(@Id String category, long admitted, List<String> appliedEvents) {
}
