package io.councilhub.finance.dues;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Dues schedules by fiscal year. */
public interface DuesSchedules extends MongoRepository<DuesSchedule, Integer> {
}
