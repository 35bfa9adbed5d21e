package io.councilhub.gateway.dashboard.newsletters;

import java.util.List;

/** What the newsletter pages read from notification-service, as its API writes it (the fields the pages show). */
final class NewsletterViews {

    private NewsletterViews() {
    }

    /** {@code GET /api/newsletters}: a publication (メルマガ「めざせIT力アップ!」) with its cadence and reviewers. */
    record Publication(String id, String title, String subcommitteeId, List<Integer> daysOfMonth, String sendTime,
                       List<String> reviewers, int approvalsRequired, String archiveUrl) {
    }

    /** {@code GET /api/newsletters/{id}/issues/{n}}. */
    record Issue(String id, String publicationId, int number, String subject, List<Part> parts, String status,
                 int reviewRound, List<Review> reviews, String scheduledAt, String sentAt, boolean imported,
                 String webUrl, Delivered delivered) {

        public boolean is(String state) {
            return state.equals(status);
        }
    }

    record Part(String heading, String markdown) {
    }

    record Review(String reviewer, String verdict, String comment, String at) {
    }

    record Delivered(int recipients, int sent, int failed, int suppressed) {
    }

    /** {@code GET /api/newsletters/{id}/issues/{n}/delivery}: where the sending stands. */
    record Delivery(String issueId, String status, long recipients, long sent, long deferred, long failed,
                    long suppressed, long pending, long unsubscribedSince, double messagesPerSecond) {

        /** Copies settled (sent, failed or suppressed) out of all recipients. */
        public long settled() {
            return sent + failed + suppressed;
        }
    }
}
