package io.councilhub.finance.invoice;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The fiscal years whose invoices went out in bulk. */
interface InvoiceRuns extends MongoRepository<InvoiceRun, Integer> {
}
