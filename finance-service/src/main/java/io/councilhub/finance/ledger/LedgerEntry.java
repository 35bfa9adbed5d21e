package io.councilhub.finance.ledger;

import io.councilhub.chassis.domain.Yen;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One receipt or payment, booked to a line (科目) of its fiscal year's budget. A grant payment names the grant.
 * Entries are never changed; a mistake is corrected by a further entry.
 */
@Document("ledgerEntries")
public record LedgerEntry(@Id String id, @Indexed int fiscalYear, EntryKind kind, LocalDate date, String account,
                          long amountYen, String description, String counterparty, @Indexed String grantId,
                          Instant bookedAt) {

    public Yen amount() {
        return Yen.of(amountYen);
    }
}
