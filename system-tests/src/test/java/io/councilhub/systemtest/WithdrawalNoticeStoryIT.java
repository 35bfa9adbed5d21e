package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.contracts.Topics;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member organisation's contacts join the member list when membership records them; when the
 * organisation withdraws, the secretariat gets exactly one mail about it and its contacts leave the
 * member list. Membership, notification-service and the gateway, over Kafka and SMTP.
 */
class WithdrawalNoticeStoryIT extends Story {

    static final String SECRETARIAT = "secretariat@councilhub.localhost";

    @Test
    void withdrawingAMemberTellsTheSecretariatOnceAndItsContactsLeaveTheMemberList() {
        Assumptions.assumeTrue(stack.mail() != null, "reads the mail of a stack it started");
        String name = "通知テスト町" + UUID.randomUUID().toString().substring(0, 8);
        Response created = secretariat.post("/api/members", """
                {"name":"%s","category":"MUNICIPALITY","admittedOn":"2019-04-01"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String memberId = created.json().get("id").asString();
        String contact = "joho-" + memberId.toLowerCase().replaceAll("[^a-z0-9-]", "") + "@example.jp";

        Response contacts = secretariat.put("/api/members/" + memberId + "/contacts", """
                {"contacts":[{"name":"通知 太郎","department":"情報政策課","email":"%s","roles":["PRIMARY","NEWSLETTER"]}]}"""
                .formatted(contact));
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> memberList().contains(contact));

        Response withdrawn = secretariat.post("/api/members/" + memberId + "/withdrawal", """
                {"withdrawnOn":"2022-09-30","reason":"退会届の受理"}""");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> !memberList().contains(contact));
        await().atMost(Duration.ofSeconds(60)).until(() -> noticesAbout(name).size() == 1);
        stack.awaitConsumed("notification", Topics.MEMBERSHIP);
        List<MimeMessage> notices = noticesAbout(name);
        assertThat(notices).hasSize(1);
        assertThat(text(notices.get(0))).contains(name).contains("退会届の受理");
    }

    private static List<String> memberList() {
        Response list = secretariat.get("/api/subscribers?list=members");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> emails = new ArrayList<>();
        for (JsonNode entry : list.json()) {
            if ("ACTIVE".equals(entry.get("status").asString())) {
                emails.add(entry.get("email").asString());
            }
        }
        return emails;
    }

    private static List<MimeMessage> noticesAbout(String member) {
        return Arrays.stream(stack.mail().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(SECRETARIAT))
                        && message.getSubject().contains(member);
            } catch (MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
