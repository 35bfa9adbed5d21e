package io.councilhub.notification.subscriber;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An address that must not be sent to: everywhere ({@code scope} {@value #EVERYWHERE}: hard bounce,
 * complaint, the secretariat's decision) or on one list (an unsubscribe from that list). The id is
 * (address, scope), so suppressing twice keeps the first record.
 */
@Document("suppressions")
class Suppression {

    static final String EVERYWHERE = "*";

    @Id
    private String id;
    @Indexed
    private String address;
    private String scope;
    private SuppressionReason reason;
    private Instant since;

    private Suppression() {
    }

    Suppression(String address, String scope, SuppressionReason reason, Instant since) {
        this.id = id(address, scope);
        this.address = address;
        this.scope = scope;
        this.reason = reason;
        this.since = since;
    }

    static String id(String address, String scope) {
        return address + "|" + scope;
    }

    String address() { return address; }
    String scope() { return scope; }
    SuppressionReason reason() { return reason; }
    Instant since() { return since; }
}
