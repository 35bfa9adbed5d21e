package io.councilhub.gateway.apidocs;

import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer of a new consumer reads the event catalogue: /docs/asyncapi.json is an AsyncAPI 3.0 document with every
 * event type of the contracts' catalogue (topic, wire name, payload schema from the record, the contracts' sample as
 * the example), and /docs/events shows the same as a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventCatalogueDocsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theAsyncApiDocumentDescribesEveryCataloguedEventWithItsSample() throws Exception {
        HttpResponse<String> response = get("/docs/asyncapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/components/messages").size()).isEqualTo(EventCatalogue.all().size());
        for (EventType<?> type : EventCatalogue.all()) {
            String name = type.recordType().getSimpleName();
            JsonNode message = document.at("/components/messages").get(type.wireName());
            assertThat(message).as(type.wireName()).isNotNull();
            assertThat(message.at("/examples/0/payload")).as("sample of " + type.wireName()).isEqualTo(sample(type));
            assertThat(message.at("/headers/properties/ce_type/const").asString()).isEqualTo(type.wireName());
            assertThat(message.at("/headers/properties/ce_source/const").asString()).isEqualTo(type.source());
            JsonNode schema = resolve(document, message.at("/payload/$ref").asString());
            assertThat(fieldNames(schema)).as("payload fields of " + name).containsExactlyElementsOf(
                    Arrays.stream(type.recordType().getRecordComponents()).map(RecordComponent::getName).toList());
            JsonNode channel = document.at("/channels").get(type.topic());
            assertThat(channel.get("address").asString()).isEqualTo(type.topic());
            assertThat(channel.at("/messages/" + name + "/$ref").asString()).isEqualTo("#/components/messages/" + type.wireName());
            JsonNode operation = document.at("/operations").get("publish." + type.topic());
            assertThat(operation.get("action").asString()).isEqualTo("send");
            assertThat(operation.get("messages").findValuesAsString("$ref"))
                    .contains("#/channels/" + type.topic() + "/messages/" + name);
        }
    }

    @Test
    void payloadSchemasFollowTheWireFormat() throws Exception {
        JsonNode schemas = JSON.readTree(get("/docs/asyncapi.json").body()).at("/components/schemas");

        assertThat(schemas.at("/ProposalApproved/properties/decidedOn/format").asString()).isEqualTo("date");
        assertThat(schemas.at("/ProposalApproved/properties/number/type").asString()).isEqualTo("integer");
        assertThat(schemas.at("/ProposalApproved/properties/votes/$ref").asString()).isEqualTo("#/components/schemas/VoteCount");
        assertThat(schemas.at("/ProposalApproved/properties/kind/enum").toString()).contains("OFFICER_ELECTION");
        assertThat(schemas.at("/MeetingScheduled/properties/startsAt/format").asString()).isEqualTo("date-time");
        assertThat(schemas.at("/BudgetAdopted/properties/totalYen/format").asString()).isEqualTo("int64");
        assertThat(schemas.at("/OfficerRosterAdopted/properties/officers/items/$ref").asString())
                .isEqualTo("#/components/schemas/OfficerRosterAdopted.Officer");
        assertThat(schemas.at("/OfficerRosterAdopted.Officer/properties/personName/type").asString()).isEqualTo("string");
        assertThat(schemas.at("/VoteCount/required").toString()).contains("votesFor");
    }

    @Test
    void everyReferenceInTheDocumentResolves() throws Exception {
        JsonNode document = JSON.readTree(get("/docs/asyncapi.json").body());

        List<String> references = document.findValuesAsString("$ref");

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(resolve(document, reference).isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void theEventsPageShowsEveryTopicEventProducerFieldsAndSample() throws Exception {
        HttpResponse<String> response = get("/docs/events");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).contains("イベントカタログ", "Event catalogue");
        assertThat(page.select("article[data-wire-name]")).hasSize(EventCatalogue.all().size());
        for (EventType<?> type : EventCatalogue.all()) {
            Element topic = page.getElementById(type.topic());
            assertThat(topic).as(type.topic()).isNotNull();
            assertThat(topic.selectFirst(".producer").text()).isEqualTo(type.source().replace("/councilhub/", "") + "-service");
            Element event = topic.selectFirst("article[data-wire-name=" + type.wireName() + "]");
            assertThat(event).as(type.wireName()).isNotNull();
            assertThat(event.selectFirst("h3").text()).contains(type.recordType().getSimpleName());
            assertThat(event.selectFirst("code.wire-name").text()).isEqualTo(type.wireName());
            assertThat(JSON.readTree(event.selectFirst("pre.sample").wholeText())).as("sample of " + type.wireName())
                    .isEqualTo(sample(type));
            assertThat(event.select("table.docs-fields td:first-child code").eachText()).containsAll(
                    Arrays.stream(type.recordType().getRecordComponents()).map(RecordComponent::getName).toList());
        }
        Element admitted = page.selectFirst("article[data-wire-name=" + EventCatalogue.MEMBER_ADMITTED.wireName() + "] h3");
        assertThat(admitted.text()).isEqualTo("入会 MemberAdmitted");
        assertThat(page.select("table.docs-fields td:first-child code").eachText()).contains("votes.votesFor",
                "officers[].personName");
    }

    private static List<String> fieldNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.get("properties").propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode resolve(JsonNode document, String reference) {
        assertThat(reference).startsWith("#/");
        return document.at(reference.substring(1));
    }

    private static JsonNode sample(EventType<?> type) throws IOException {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(type.samplePath())) {
            assertThat(in).as(type.samplePath()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "ja")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
