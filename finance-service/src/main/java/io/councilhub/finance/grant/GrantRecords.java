package io.councilhub.finance.grant;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** Grants by id ({@code grant-<planId>}). */
interface GrantRecords extends MongoRepository<Grant, String> {

    List<Grant> findByFiscalYearOrderByApprovedOnAsc(int fiscalYear);
}
