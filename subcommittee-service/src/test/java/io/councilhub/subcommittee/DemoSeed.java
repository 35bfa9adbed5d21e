package io.councilhub.subcommittee;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.subcommittee.subcommittee.Representative;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.SubcommitteeKind;
import io.councilhub.subcommittee.subcommittee.Subcommittees;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packet's subcommittee paperwork as the devstack loads it ({@code infra/devstack/.../demo/subcommittee-*.json}),
 * entered through the API the way the secretariat would: the tests prove the demo data itself comes out exactly.
 */
public final class DemoSeed {

    /**
     * A property that gives the tests entering the seed a Spring context (and so a database) of their own: the
     * subcommittee feature's tests establish {@code sc-dx-literacy} themselves and expect it not to exist.
     */
    public static final String OWN_CONTEXT = "councilhub.test.seed-context=plans-and-reports";
    public static final String DX = "sc-dx-literacy";
    public static final String DATA = "sc-data-use";
    private static final Path DEMO = Path.of("../infra/devstack/src/main/resources/demo");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoSeed() {
    }

    /** The two subcommittees of the packet (the subcommittee feature's own seed is the other helper's). */
    public static void subcommittees(Subcommittees subcommittees) {
        if (subcommittees.existsById(DX)) {
            return;
        }
        Subcommittee dx = Subcommittee.establish(DX, SubcommitteeKind.SUBCOMMITTEE, "ITリテラシ向上対策部会",
                LocalDate.of(2013, 5, 27), null, new Representative("m-itc-chiba", "特定非営利活動法人 ITCちば経営応援隊",
                        "浅井 鉄夫", "理事長"), null, null);
        dx.rename("DXリテラシ向上対策部会", LocalDate.of(2022, 4, 1));
        subcommittees.save(dx);
        subcommittees.save(Subcommittee.establish(DATA, SubcommitteeKind.SUBCOMMITTEE, "データ活用部会",
                LocalDate.of(2019, 1, 21), null, new Representative("m-code-for-nagareyama", "Code for NAGAREYAMA",
                        "白澤 美幸", "代表"), null, null));
    }

    /** Drafts and files the FY2021 reports (once per test context); their ids by subcommittee id. */
    public static Map<String, String> reports2021(ApiClient secretariat) {
        return enter(secretariat, "subcommittee-reports-2021.json", "reports", "/api/subcommittees/reports", "reportedOn",
                "/filing", "reportedOn");
    }

    /** Drafts and submits the FY2022 plans (once per test context); their ids by subcommittee id. */
    public static Map<String, String> plans2022(ApiClient secretariat) {
        return enter(secretariat, "subcommittee-plans-2022.json", "plans", "/api/subcommittees/plans", "submittedOn",
                "/submission", "submittedOn");
    }

    public static List<ObjectNode> entries(String file, String array) {
        List<ObjectNode> entries = new ArrayList<>();
        JSON.readTree(DEMO.resolve(file).toFile()).get(array).forEach(entry -> entries.add((ObjectNode) entry));
        return entries;
    }

    /** One entry as the API takes it (without the loader's {@code reportedOn} and {@code submittedOn}). */
    public static String body(ObjectNode entry) {
        ObjectNode body = entry.deepCopy();
        body.remove("reportedOn");
        body.remove("submittedOn");
        return JSON.writeValueAsString(body);
    }

    private static Map<String, String> enter(ApiClient secretariat, String file, String array, String path, String dateField,
                                             String step, String stepField) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (ObjectNode entry : entries(file, array)) {
            String subcommitteeId = entry.get("subcommitteeId").asString();
            JsonNode existing = secretariat.get(path + "?fiscalYear=" + entry.get("fiscalYear").asInt()).json();
            String known = existing.valueStream().filter(found -> found.get("subcommitteeId").asString().equals(subcommitteeId))
                    .map(found -> found.get("id").asString()).findFirst().orElse(null);
            if (known != null) { // entered by another test sharing this context
                ids.put(subcommitteeId, known);
                continue;
            }
            ApiClient.Response drafted = secretariat.post(path, body(entry));
            assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
            JsonNode created = drafted.json();
            String date = entry.get(dateField).asString();
            ApiClient.Response stepped = secretariat.post(path + "/" + created.get("id").asString() + step,
                    "{\"" + stepField + "\":\"" + date + "\"}");
            assertThat(stepped.status()).as(stepped.toString()).isEqualTo(200);
            ids.put(created.get("subcommitteeId").asString(), created.get("id").asString());
        }
        return ids;
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
