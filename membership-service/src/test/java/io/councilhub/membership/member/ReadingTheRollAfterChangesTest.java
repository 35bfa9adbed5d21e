package io.councilhub.membership.member;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the roll is kept with the roll's version and read again from the store only when the version moves, so
 * every change to the roll must show in the very next read, whichever way it was made.
 */
class ReadingTheRollAfterChangesTest extends ServiceApiTest {

    @Autowired
    MongoOperations mongo;

    @Autowired
    RollVersion rollVersion;

    @Test
    void aPageIsReadAgainFromTheStoreOnlyWhenTheRollVersionMoves() {
        String tag = tag();
        String id = admit("計測株式会社" + tag);
        assertThat(names("計測株式会社" + tag)).containsExactly("計測株式会社" + tag);

        // A change that bypasses the service (no mapping event, no version change): the kept page still answers.
        mongo.getCollection(mongo.getCollectionName(Member.class)).updateOne(new Document("_id", id),
                new Document("$set", new Document("name", "改称株式会社" + tag)));
        assertThat(names("計測株式会社" + tag)).as("served from the kept page").containsExactly("計測株式会社" + tag);

        rollVersion.changed();

        assertThat(names("計測株式会社" + tag)).as("read again once the version moved").containsExactly("改称株式会社" + tag);
    }

    @Test
    void everyWayOfChangingTheRollShowsInTheNextRead() throws Exception {
        String tag = tag();
        String query = "/api/members?q=" + tag + "&order=ADMISSION";
        assertThat(items(query)).isEmpty();

        String id = admit("千葉テック株式会社" + tag);
        assertThat(field(items(query), "id")).as("after an admission").containsExactly(id);

        assertThat(secretariat.post("/api/members/" + id + "/rename", """
                {"name":"ちばテック株式会社%s","effectiveOn":"2022-04-01"}""".formatted(tag)).status()).isEqualTo(200);
        assertThat(field(items(query), "name")).as("after a rename").containsExactly("ちばテック株式会社" + tag);

        assertThat(secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2022-09-30","reason":"事業譲渡"}""").status()).isEqualTo(200);
        assertThat(field(items(query), "status")).as("after a withdrawal").containsExactly("WITHDRAWN");

        Response readmitted = secretariat.post("/api/members/" + id + "/readmission", """
                {"admittedOn":"2023-04-01"}""");
        assertThat(readmitted.status()).as(readmitted.toString()).isEqualTo(201);
        assertThat(field(items(query), "status")).as("after a readmission").containsExactly("WITHDRAWN", "ACTIVE");

        Response applied = secretariat.post("/api/applications", """
                {"name":"房総データ協会%s","category":"ORGANIZATION","appliedOn":"2023-05-01"}""".formatted(tag));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(secretariat.post("/api/applications/" + applied.json().get("id").asString() + "/admission", """
                {"admittedOn":"2023-05-20"}""").status()).isEqualTo(200);
        assertThat(field(items(query), "name")).as("after an application's admission")
                .contains("房総データ協会" + tag).hasSize(3);

        String csv = "名称,ふりがな,区分,団体コード,住所,入会日,退会日,退会理由\n"
                + "印旛大学" + tag + ",,大学,,,2023-06-01,,\n";
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/members/import?dryRun=false"))
                .header("Authorization", "Bearer " + TestTokens.secretariat()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(field(items(query), "name")).as("after an import").contains("印旛大学" + tag).hasSize(4);
    }

    private String admit(String name) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"COMPANY","admittedOn":"2021-04-01"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private java.util.List<String> names(String q) {
        return field(items("/api/members?q=" + q), "name");
    }

    /** One field of each item on the page (a member's former names carry a name too). */
    private static java.util.List<String> field(JsonNode items, String name) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (JsonNode item : items) {
            values.add(item.get(name).asString());
        }
        return values;
    }

    private JsonNode items(String path) {
        Response page = secretariat.get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("items");
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
