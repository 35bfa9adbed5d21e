package io.councilhub.notification.notice;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** The notices sent or being sent. */
interface NoticeRecords extends MongoRepository<NoticeRecord, String> {

    List<NoticeRecord> findByEventId(String eventId);

    List<NoticeRecord> findByKind(NoticeKind kind);
}
