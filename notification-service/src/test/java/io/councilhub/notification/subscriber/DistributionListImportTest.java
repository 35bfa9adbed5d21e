package io.councilhub.notification.subscriber;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packet's 配信先一覧 comes in as a file: a dry run shows the plan, the import keeps the order of registration, a second run adds nobody. */
class DistributionListImportTest extends ServiceApiTest {

    private static final String CSV = """
            受付順,団体名,部署,氏名,メールアドレス,言語
            2,千葉商科大学,,商大 太郎,import-cuc@example.jp,ja
            1,NPOちば経営応援隊,,応援 花子,import-npo@example.jp,
            3,芝山町,総務課情報公聴係,芝山 次郎,import-shibayama@example.jp,en
            4,酒々井町,総務課（情報推進班）,,not-an-address,ja
            5,浦安市,総務部情報政策課,,import-cuc@example.jp,ja
            """;

    private static final String FIXED = """
            受付順,団体名,部署,氏名,メールアドレス,言語
            2,千葉商科大学,,商大 太郎,import-cuc@example.jp,ja
            1,NPOちば経営応援隊,,応援 花子,import-npo@example.jp,
            3,芝山町,総務課情報公聴係,芝山 次郎,import-shibayama@example.jp,en
            """;

    @Test
    void aDryRunReportsEveryRowAndChangesNothingThenTheImportKeepsTheOrderAndARepeatAddsNobody() {
        ApiClient.Response dryRun = upload(CSV, true);
        assertThat(dryRun.status()).isEqualTo(200);
        JsonNode report = dryRun.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("summary").get("created").asInt()).isEqualTo(3);
        assertThat(report.get("summary").get("rejected").asInt()).isEqualTo(2);
        assertThat(outcomes(report)).containsExactly("CREATED", "CREATED", "CREATED", "REJECTED", "REJECTED");
        assertThat(report.get("rows").get(3).get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(report.get("rows").get(4).get("errors").get(0).get("message").asString()).contains("重複");
        assertThat(emails()).doesNotContain("import-npo@example.jp");

        ApiClient.Response refused = upload(CSV, false);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(emails()).doesNotContain("import-npo@example.jp");

        ApiClient.Response imported = upload(FIXED, false);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("applied").asBoolean()).isTrue();
        List<String> emails = emails();
        assertThat(emails).containsSubsequence("import-npo@example.jp", "import-cuc@example.jp", "import-shibayama@example.jp");
        JsonNode shibayama = entry("import-shibayama@example.jp");
        assertThat(shibayama.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(shibayama.get("language").asString()).isEqualTo("en");
        assertThat(shibayama.get("department").asString()).isEqualTo("総務課情報公聴係");

        ApiClient.Response again = upload(FIXED, true);
        assertThat(outcomes(again.json())).containsOnly("UNCHANGED");
        ApiClient.Response repeated = upload(FIXED, false);
        assertThat(repeated.json().get("summary").get("created").asInt()).isZero();
        assertThat(emails().stream().filter(e -> e.startsWith("import-")).count()).isEqualTo(3);
    }

    @Test
    void onlyTheNewsletterListIsImported() {
        ApiClient.Response refused = secretariat.post("/api/subscribers/import?list=members&dryRun=true", "text/csv",
                FIXED.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("list");
    }

    private ApiClient.Response upload(String csv, boolean dryRun) {
        return secretariat.upload("/api/subscribers/import?list=newsletter&dryRun=" + dryRun, "haishinsaki.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("rows").forEach(row -> outcomes.add(row.get("outcome").asString()));
        return outcomes;
    }

    private List<String> emails() {
        List<String> emails = new ArrayList<>();
        secretariat.get("/api/subscribers?list=newsletter").json().forEach(node -> emails.add(node.get("email").asString()));
        return emails;
    }

    private JsonNode entry(String address) {
        for (JsonNode node : secretariat.get("/api/subscribers?list=newsletter").json()) {
            if (node.get("email").asString().equals(address)) {
                return node;
            }
        }
        throw new AssertionError(address);
    }
}
