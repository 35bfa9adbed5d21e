package io.councilhub.gateway.dashboard.operations;

import java.util.List;

/**
 * A service's {@code GET /api/ops/dead-letters} (the chassis' dead-letter API): per-topic counts, the totals and
 * the newest dead letters.
 */
record DeadLetterListing(String service, List<TopicSummary> topics, long total, long pending,
                                List<DeadLetter> items) {

    public record TopicSummary(String topic, long records, long replayed) {
    }

    public record DeadLetter(String topic, int partition, long offset, String originalTopic, String eventType,
                             String eventId, String key, String exception, String exceptionMessage,
                             String deadLetteredAt, String payloadExcerpt, boolean replayed, String replayedAt,
                             String replayedBy) {

        /** {@code MemberAdmitted.v1} of {@code io.councilhub.membership.MemberAdmitted.v1}. */
        public String shortType() {
            if (eventType == null) {
                return null;
            }
            String[] parts = eventType.split("\\.");
            return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : eventType;
        }
    }
}
