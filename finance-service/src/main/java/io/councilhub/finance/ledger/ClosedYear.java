package io.councilhub.finance.ledger;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/** A fiscal year whose books are closed by its settlement: nothing more is booked to it. */
@Document("closedYears")
record ClosedYear(@Id int fiscalYear, LocalDate closedOn) {
}
