package io.councilhub.devstack;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo newsletter is the packet's FY2021 run: 第57号 (2021-04-01) to 第80号 (2022-03-15) on the 1st and 15th, two parts each. */
class DemoNewsletterTest {

    @Test
    @SuppressWarnings("unchecked")
    void issues57To80WentOutOnThe1stAnd15thFromApril2021ToMarch2022() throws Exception {
        Map<String, Object> file;
        try (InputStream in = DemoData.class.getResourceAsStream(DemoData.NEWSLETTER_ISSUES)) {
            file = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Map<String, Object>> issues = (List<Map<String, Object>>) (List<?>) file.get("backIssues");

        assertThat(issues).hasSize(24);
        assertThat(issues).extracting(issue -> ((Number) issue.get("number")).intValue())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(57, 80).boxed().toList());
        assertThat(issues).allSatisfy(issue -> {
            LocalDate sentOn = LocalDate.parse((String) issue.get("sentOn"));
            assertThat(sentOn.getDayOfMonth()).isIn(1, 15);
            assertThat(sentOn).isBetween(LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 15));
            assertThat((List<Map<String, Object>>) issue.get("parts")).extracting(part -> part.get("heading"))
                    .containsExactly("第1部 パソコン活用", "第2部 用語・IT動向");
        });
        assertThat(((Map<String, Object>) file.get("publication")).get("title")).isEqualTo("メルマガ「めざせIT力アップ!」");
        assertThat(((Map<String, Object>) file.get("draft")).get("subject")).asString().contains("情報セキュリティ");
    }
}
