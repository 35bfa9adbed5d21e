package io.councilhub.chassis.outbox;

import io.councilhub.contracts.membership.MemberContactsChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryTest {

    @Test
    void anEntryPrintsItsAttributesButNeverThePersonalDataInItsPayload() {
        OutboxEntry entry = OutboxEntry.of(new MemberContactsChanged("member-1", List.of(new MemberContactsChanged.Contact(
                "c-1", "大塚 信之", "情報政策課", "課長", "ohtsuka@example.jp", List.of("PRIMARY")))), Instant.now());

        assertThat(entry.payload()).contains("ohtsuka@example.jp");
        assertThat(entry.toString()).contains("member-1", "MemberContactsChanged")
                .doesNotContain("ohtsuka", "大塚", "情報政策課");
    }
}
