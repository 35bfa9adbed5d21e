package io.councilhub.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventSamplesTest {

    static List<EventType<?>> catalogue() {
        return EventCatalogue.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachSampleDeserialisesAndReserialisesUnchanged(EventType<?> type) throws IOException {
        byte[] sample = sample(type);

        DomainEvent event = EventJson.read(sample, type.recordType());
        byte[] again = EventJson.write(event);

        JsonNode expected = EventJson.mapper().readTree(sample);
        assertThat(EventJson.mapper().readTree(again)).isEqualTo(expected);
        assertThat(event.subject()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void unknownFieldsAreIgnoredSoProducersMayAddOptionalOnes(EventType<?> type) throws IOException {
        String withExtra = new String(sample(type), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedInALaterVersion\":42,");

        DomainEvent event = EventJson.read(withExtra.getBytes(java.nio.charset.StandardCharsets.UTF_8), type.recordType());

        assertThat(event).isEqualTo(EventJson.read(sample(type), type.recordType()));
    }

    @Test
    void wireNamesAreVersionedAndNeverJavaClassNames() {
        Set<String> names = new HashSet<>();
        for (EventType<?> type : EventCatalogue.all()) {
            assertThat(type.wireName()).matches("io\\.councilhub\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v\\d+");
            assertThat(type.wireName()).isNotEqualTo(type.recordType().getName());
            assertThat(names.add(type.wireName())).isTrue();
            assertThat(EventCatalogue.byWireName(type.wireName())).containsSame(type);
            assertThat(EventCatalogue.of(type.recordType())).isSameAs(type);
        }
        assertThat(EventCatalogue.byWireName("io.councilhub.membership.Unknown.v1")).isEmpty();
    }

    private static byte[] sample(EventType<?> type) throws IOException {
        try (InputStream in = EventSamplesTest.class.getResourceAsStream(type.samplePath())) {
            assertThat(in).as("sample %s", type.samplePath()).isNotNull();
            return in.readAllBytes();
        }
    }
}
