package io.councilhub.chassis.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Starts a relay run for an aggregate as soon as it was saved with pending events. */
class PublishAfterSave extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    PublishAfterSave(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        if (!event.getSource().pendingEvents().isEmpty()) {
            Document document = event.getDocument();
            if (document != null) {
                relay.publishSoon(event.getCollectionName(), document.get("_id"));
            }
        }
    }
}
