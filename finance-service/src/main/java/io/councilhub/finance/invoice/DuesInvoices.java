package io.councilhub.finance.invoice;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** Dues invoices by id ({@code dues-<year>-<memberId>}). */
public interface DuesInvoices extends MongoRepository<DuesInvoice, String> {

    List<DuesInvoice> findByFiscalYear(int fiscalYear);

    List<DuesInvoice> findByMemberIdOrderByFiscalYear(String memberId);

    List<DuesInvoice> findByMemberIdAndFiscalYearGreaterThanEqual(String memberId, int fiscalYear);
}
