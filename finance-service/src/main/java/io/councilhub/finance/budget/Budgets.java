package io.councilhub.finance.budget;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** Budget versions by id ({@code budget-2022-v1}). */
interface Budgets extends MongoRepository<Budget, String> {

    List<Budget> findByFiscalYearOrderByVersionNumberDesc(int fiscalYear);
}
