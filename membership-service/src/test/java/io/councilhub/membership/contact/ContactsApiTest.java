package io.councilhub.membership.contact;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.membership.MemberContactsChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactsApiTest extends ServiceApiTest {

    static final String TWO_CONTACTS = """
            {"contacts":[
              {"name":"大塚 信之","department":"情報政策部 情報政策課","title":"課長","email":"joho@example.jp",
               "phone":"047-334-1111","roles":["PRIMARY","NEWSLETTER"]},
              {"name":"鈴木 花子","department":"情報政策部 情報政策課","title":"主査","email":"suzuki@example.jp",
               "roles":["BILLING"]}]}""";

    @Autowired
    ContactLists lists;

    @Test
    void replacingTheContactsPublishesMemberContactsChangedWithTheNewList() {
        String ichikawa = admit("市川市");

        Response replaced = secretariat.put("/api/members/" + ichikawa + "/contacts", TWO_CONTACTS);

        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonNode body = replaced.json();
        assertThat(body.get("memberName").asString()).isEqualTo("市川市");
        assertThat(body.get("contacts").findValuesAsString("email")).containsExactly("joho@example.jp", "suzuki@example.jp");
        assertThat(body.get("contacts").get(0).get("phone").asString()).isEqualTo("047-334-1111");
        String otsukaId = body.get("contacts").get(0).get("id").asString();

        ConsumerRecord<String, byte[]> record = awaitContactsChanged(ichikawa, 1).get(0);
        MemberContactsChanged event = EventJson.read(record.value(), MemberContactsChanged.class);
        assertThat(event.memberId()).isEqualTo(ichikawa);
        assertThat(event.contacts()).containsExactly(
                new MemberContactsChanged.Contact(otsukaId, "大塚 信之", "情報政策部 情報政策課", "課長", "joho@example.jp",
                        List.of("PRIMARY", "NEWSLETTER")),
                new MemberContactsChanged.Contact(body.get("contacts").get(1).get("id").asString(), "鈴木 花子",
                        "情報政策部 情報政策課", "主査", "suzuki@example.jp", List.of("BILLING")));
        assertThat(TopicProbe.payload(record)).doesNotContain("047-334-1111");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(ichikawa);

        Response read = secretariat.get("/api/members/" + ichikawa + "/contacts");
        assertThat(read.json().get("contacts")).isEqualTo(body.get("contacts"));
        long version = read.json().get("version").asLong();

        Response same = secretariat.put("/api/members/" + ichikawa + "/contacts", TWO_CONTACTS);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("version").asLong()).as("the same list again is not written").isEqualTo(version);

        Response stale = secretariat.put("/api/members/" + ichikawa + "/contacts", """
                {"version":%d,"contacts":[]}""".formatted(version - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("rule").asString()).isEqualTo("contacts-changed-meanwhile");
        assertThat(lists.findById(ichikawa).orElseThrow().contacts()).hasSize(2);
    }

    @Test
    void aMemberUserSeesItsOwnContactsAndAnotherMembersAreNotFound() {
        String own = admit("四街道市");
        String other = admit("神崎町");
        secretariat.put("/api/members/" + other + "/contacts", TWO_CONTACTS);
        ApiClient member = as(TestTokens.member(own));

        assertThat(member.get("/api/members/" + own + "/contacts").status()).isEqualTo(200);
        Response another = member.get("/api/members/" + other + "/contacts");
        assertThat(another.status()).isEqualTo(404);
        assertThat(another.isProblem()).isTrue();
        assertThat(another.body()).doesNotContain("joho@example.jp");
        assertThat(member.get("/api/members/no-such-member/contacts").status()).isEqualTo(404);
        assertThat(ApiClient.at(port).get("/api/members/" + other + "/contacts").status()).isEqualTo(401);

        Response byOfficer = as(TestTokens.officer()).get("/api/members/" + other + "/contacts");
        assertThat(byOfficer.status()).isEqualTo(200);
        assertThat(byOfficer.json().get("contacts").findValuesAsString("email")).contains("joho@example.jp");
    }

    @Test
    void aMemberUserChangesItsOwnContactsButNotAnothersAndAnOfficerChangesNone() {
        String own = admit("酒々井町");
        String other = admit("横芝光町");
        ApiClient member = as(TestTokens.member(own));

        Response ownWrite = member.put("/api/members/" + own + "/contacts", TWO_CONTACTS);
        assertThat(ownWrite.status()).as(ownWrite.toString()).isEqualTo(200);

        assertThat(member.put("/api/members/" + other + "/contacts", TWO_CONTACTS).status()).isEqualTo(404);
        assertThat(member.post("/api/members/" + other + "/contacts", """
                {"name":"x","email":"x@example.jp"}""").status()).isEqualTo(404);
        assertThat(as(TestTokens.officer()).put("/api/members/" + other + "/contacts", TWO_CONTACTS)
                .status()).isEqualTo(403);
        assertThat(lists.findById(other)).isEmpty();
    }

    @Test
    void anInvalidEmailIsA400NamingContacts0EmailAndNothingIsStored() {
        String id = admit("木更津市");

        Response invalid = secretariat.put("/api/members/" + id + "/contacts", """
                {"contacts":[{"name":"安田 貴之","email":"yasuda@@example","phone":"0438-23-7111"},
                             {"name":"","email":"ok@example.jp","phone":"438-23-7111","roles":["CHAIR"]}]}""");

        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("contacts[1].roles[0]");

        Response fieldErrors = secretariat.put("/api/members/" + id + "/contacts", """
                {"contacts":[{"name":"安田 貴之","email":"yasuda@@example","phone":"0438-23-7111"},
                             {"name":"","email":"ok@example.jp","phone":"438-23-7111"}]}""");
        assertThat(fieldErrors.status()).isEqualTo(400);
        assertThat(fieldErrors.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("contacts[0].email", "contacts[1].name", "contacts[1].phone");
        assertThat(fieldErrors.body()).doesNotContain("yasuda@@example");

        Response twoPrimaries = secretariat.put("/api/members/" + id + "/contacts", """
                {"contacts":[{"name":"安田 貴之","email":"yasuda@example.jp","roles":["PRIMARY"]},
                             {"name":"木更津 一郎","email":"ichiro@example.jp","roles":["PRIMARY","BILLING"]}]}""");
        assertThat(twoPrimaries.status()).isEqualTo(400);
        assertThat(twoPrimaries.json().get("errors").get(0).get("field").asString()).isEqualTo("contacts[1].roles");

        assertThat(lists.findById(id)).isEmpty();
        assertThat(secretariat.get("/api/members/" + id + "/contacts").json().get("contacts")).isEmpty();
    }

    @Test
    void oneContactIsAddedChangedAndRemoved() {
        String id = admit("長南町");
        ApiClient raw = as(TestTokens.secretariat());

        Response added = secretariat.post("/api/members/" + id + "/contacts", """
                {"name":"河野 勉","department":"企画政策課","title":"課長","email":"kono@example.jp","roles":["PRIMARY"]}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String contactId = added.json().get("id").asString();
        assertThat(added.location()).endsWith("/api/members/" + id + "/contacts/" + contactId);

        Response changed = secretariat.put("/api/members/" + id + "/contacts/" + contactId, """
                {"name":"河野 勉","department":"企画政策課","title":"参事","email":"kono@example.jp",
                 "phone":"０４７５－４６－２１１１","roles":["PRIMARY","NEWSLETTER"]}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("phone").asString()).isEqualTo("0475-46-2111");
        assertThat(secretariat.get("/api/members/" + id + "/contacts/" + contactId).json().get("title").asString())
                .isEqualTo("参事");

        assertThat(raw.delete("/api/members/" + id + "/contacts/" + contactId).status()).isEqualTo(204);
        assertThat(raw.delete("/api/members/" + id + "/contacts/" + contactId).status()).isEqualTo(404);

        List<ConsumerRecord<String, byte[]>> events = awaitContactsChanged(id, 3);
        assertThat(EventJson.read(events.get(2).value(), MemberContactsChanged.class).contacts()).isEmpty();
    }

    @Test
    void aWithdrawnMembersContactsAreReadOnly() {
        String id = admit("富里市");
        secretariat.put("/api/members/" + id + "/contacts", TWO_CONTACTS);
        assertThat(secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2021-11-09","reason":"退会届の受理"}""").status()).isEqualTo(200);

        Response read = secretariat.get("/api/members/" + id + "/contacts");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("readOnly").asBoolean()).isTrue();
        Response write = secretariat.put("/api/members/" + id + "/contacts", """
                {"contacts":[]}""");
        assertThat(write.status()).isEqualTo(409);
        assertThat(write.json().get("rule").asString()).isEqualTo("member-withdrawn");
        assertThat(lists.findById(id).orElseThrow().contacts()).hasSize(2);
        assertThat(secretariat.put("/api/members/no-such-member/contacts", TWO_CONTACTS).status()).isEqualTo(404);
    }

    private List<ConsumerRecord<String, byte[]>> awaitContactsChanged(String memberId, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> contactsChanged(memberId).size() >= count);
        return contactsChanged(memberId);
    }

    private List<ConsumerRecord<String, byte[]>> contactsChanged(String memberId) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_CONTACTS_CHANGED.wireName()).stream()
                .filter(record -> memberId.equals(record.key())).toList();
    }

    private String admit(String name) {
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"MUNICIPALITY","admittedOn":"2013-05-27"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
