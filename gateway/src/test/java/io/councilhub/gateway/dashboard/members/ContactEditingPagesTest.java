package io.councilhub.gateway.dashboard.members;

import io.councilhub.gateway.dashboard.Browser;
import io.councilhub.gateway.dashboard.DashboardPageTest;
import io.councilhub.gateway.dashboard.ServiceStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.councilhub.gateway.dashboard.Pages.section;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat keeps a member's contact people on the member page: adds one, edits one, removes one, each through
 * membership-service's contact API; a form the service refuses comes back with the field's message in Japanese and
 * what was typed, and changes nothing.
 */
class ContactEditingPagesTest extends DashboardPageTest {

    static final ServiceStandIn membership = ServiceStandIn.start()
            .json("GET /api/members/m-ichikawa", MemberPagesTest.ICHIKAWA)
            .json("GET /api/members/m-ichikawa/contacts", """
                    {"memberId":"m-ichikawa","memberName":"市川市","memberStatus":"ACTIVE","readOnly":false,"version":3,
                     "contacts":[{"id":"c-1","name":"市川 花子","department":"情報政策課","title":"主査",
                      "email":"hanako@city.ichikawa.example.jp","phone":"047-334-1111","roles":["PRIMARY","BILLING"]}]}""")
            .json("GET /api/members/m-ichikawa/contacts/c-1", """
                    {"id":"c-1","name":"市川 花子","department":"情報政策課","title":"主査",
                     "email":"hanako@city.ichikawa.example.jp","phone":"047-334-1111","roles":["PRIMARY","BILLING"]}""")
            .answerWhen("POST /api/members/m-ichikawa/contacts", "not-an-address", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "email", "is not an e-mail address"))
            .answer("POST /api/members/m-ichikawa/contacts", 201, "application/json", """
                    {"id":"c-2","name":"市川 一郎","department":"財政課","title":null,"email":"ichiro@city.ichikawa.example.jp",
                     "phone":null,"roles":["BILLING"]}""")
            .answerWhen("PUT /api/members/m-ichikawa/contacts/c-1", "12345", 400, "application/problem+json",
                    ServiceStandIn.problemJson(400, "phone", "is not a telephone number"))
            .json("PUT /api/members/m-ichikawa/contacts/c-1", """
                    {"id":"c-1","name":"市川 花子","department":"デジタル推進課","title":"主査",
                     "email":"hanako@city.ichikawa.example.jp","phone":"047-334-1111","roles":["PRIMARY"]}""")
            .answer("DELETE /api/members/m-ichikawa/contacts/c-1", 204, "application/json", "");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        standIns(registry).membership(membership);
    }

    @Test
    void theSecretariatSeesEditRemoveAndAddOnTheMemberPage() {
        String contacts = section(administrator().page("/dashboard/members/m-ichikawa"), "contacts-panel");

        assertThat(contacts).contains("href=\"/dashboard/members/m-ichikawa/contacts/c-1/edit\"",
                "action=\"/dashboard/members/m-ichikawa/contacts/c-1/removal\"", "id=\"add-contact-form\"",
                "action=\"/dashboard/members/m-ichikawa/contacts\"");
    }

    @Test
    void addingAContactPersonSendsItToMembership() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa");

        HttpResponse<String> added = browser.post("/dashboard/members/m-ichikawa/contacts", Map.of("name", "市川 一郎",
                "department", "財政課", "title", "", "email", "ichiro@city.ichikawa.example.jp", "phone", "", "roles", "BILLING"));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/members/m-ichikawa");
        assertThat(membership.seen("POST", "/api/members/m-ichikawa/contacts")).anySatisfy(seen -> assertThat(seen.body())
                .isEqualTo("{\"name\":\"市川 一郎\",\"department\":\"財政課\",\"title\":null,"
                        + "\"email\":\"ichiro@city.ichikawa.example.jp\",\"phone\":null,\"roles\":[\"BILLING\"]}"));
        assertThat(browser.page("/dashboard/members/m-ichikawa")).contains("担当者を追加しました");
    }

    @Test
    void aRefusedNewContactComesBackWithTheFieldsMessageInJapaneseAndWhatWasTyped() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa");

        HttpResponse<String> refused = browser.post("/dashboard/members/m-ichikawa/contacts", Map.of("name", "市川 一郎",
                "email", "not-an-address", "roles", "BILLING"));

        assertThat(refused.statusCode()).isEqualTo(200);
        String form = section(refused.body(), "add-contact-form");
        assertThat(form).contains("<span class=\"field-error\" data-field=\"email\">メールアドレスを確認してください (必須) (is not an e-mail address)</span>")
                .contains("value=\"not-an-address\"", "value=\"市川 一郎\"")
                .containsPattern("value=\"BILLING\"\\s+checked");
        // the list is as it was
        assertThat(section(refused.body(), "contacts-panel")).contains("市川 花子").doesNotContain("担当者を追加しました");
    }

    @Test
    void editingAContactPersonStartsFromItsRecordAndSendsTheChange() {
        Browser browser = administrator();
        String form = section(browser.page("/dashboard/members/m-ichikawa/contacts/c-1/edit"), "contact-edit");
        assertThat(form).contains("value=\"市川 花子\"", "value=\"047-334-1111\"")
                .containsPattern("value=\"PRIMARY\"\\s+checked").containsPattern("value=\"BILLING\"\\s+checked")
                .doesNotContainPattern("value=\"NEWSLETTER\"\\s+checked");

        HttpResponse<String> updated = browser.post("/dashboard/members/m-ichikawa/contacts/c-1", Map.of("name", "市川 花子",
                "department", "デジタル推進課", "title", "主査", "email", "hanako@city.ichikawa.example.jp",
                "phone", "047-334-1111", "roles", "PRIMARY"));

        assertThat(updated.statusCode()).isEqualTo(302);
        assertThat(updated.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/members/m-ichikawa");
        assertThat(membership.seen("PUT", "/api/members/m-ichikawa/contacts/c-1")).anySatisfy(seen -> assertThat(seen.body())
                .contains("\"department\":\"デジタル推進課\"", "\"roles\":[\"PRIMARY\"]"));
        assertThat(browser.page("/dashboard/members/m-ichikawa")).contains("担当者を変更しました");
    }

    @Test
    void aRefusedEditComesBackWithThePhonesMessage() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa/contacts/c-1/edit");

        HttpResponse<String> refused = browser.post("/dashboard/members/m-ichikawa/contacts/c-1", Map.of("name", "市川 花子",
                "email", "hanako@city.ichikawa.example.jp", "phone", "12345"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(section(refused.body(), "contact-edit"))
                .contains("data-field=\"phone\">電話番号を確認してください (例 043-223-2110) (is not a telephone number)</span>")
                .contains("value=\"12345\"");
    }

    @Test
    void removingAContactPersonDeletesItAtMembership() {
        Browser browser = administrator();
        browser.page("/dashboard/members/m-ichikawa");

        HttpResponse<String> removed = browser.post("/dashboard/members/m-ichikawa/contacts/c-1/removal", Map.of());

        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(membership.seen("DELETE", "/api/members/m-ichikawa/contacts/c-1")).hasSize(1);
        assertThat(browser.page("/dashboard/members/m-ichikawa")).contains("担当者を削除しました");
    }
}
