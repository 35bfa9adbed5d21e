package io.councilhub.finance.ledger;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The ledger's entries. */
interface LedgerEntries extends MongoRepository<LedgerEntry, String> {

    List<LedgerEntry> findByFiscalYearOrderByDateAscBookedAtAsc(int fiscalYear);

    List<LedgerEntry> findByGrantId(String grantId);
}
