package io.councilhub.notification.delivery;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The sending of one issue: when its records were prepared, and which instance holds it until when. */
@Document("newsletter_delivery_runs")
class DeliveryRun {

    @Id
    private String id;
    private Instant preparedAt;
    private long recipients;
    private String owner;
    private Instant leaseUntil;

    private DeliveryRun() {
    }

    String issueId() { return id; }
    boolean prepared() { return preparedAt != null; }
    Instant preparedAt() { return preparedAt; }
    long recipients() { return recipients; }
    String owner() { return owner; }
    Instant leaseUntil() { return leaseUntil; }
}
