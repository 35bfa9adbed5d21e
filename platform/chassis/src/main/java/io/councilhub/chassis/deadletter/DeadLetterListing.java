package io.councilhub.chassis.deadletter;

import java.util.List;

/**
 * A service's dead letters: per topic how many records it holds and how many of them were replayed, the totals,
 * and the newest records first (at most the requested limit).
 */
record DeadLetterListing(String service, List<TopicSummary> topics, long total, long pending, List<DeadLetter> items) {

    record TopicSummary(String topic, long records, long replayed) {
    }
}
