package io.councilhub.systemtest;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A company applies; the general meeting approves its admission (議案: 入会の承認), the decision reaching
 * membership as events-service's ProposalApproved, twice, as at-least-once delivery may bring it. The
 * company is admitted once and finance's FY2022 dues forecast rises by 8,100円 once; when it withdraws
 * the forecast falls back.
 */
class AdmissionByProposalStoryIT extends Story {

    @Test
    void aCompanyAdmittedByTheGeneralMeetingPaysDuesOnceAndStopsWhenItWithdraws() {
        Response rates = secretariat.put("/api/finance/fiscal-years/2022/dues-schedule", """
                {"rates":{"PREFECTURE":16200,"MUNICIPALITY":8100,"COMPANY":8100,"ACADEMIA":0,"ORGANIZATION":0}}""");
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        long before = total();
        String name = "株式会社ストーリー" + UUID.randomUUID().toString().substring(0, 8);

        Response applied = secretariat.post("/api/applications", """
                {"name":"%s","category":"COMPANY","appliedOn":"2022-04-20"}""".formatted(name));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.json().get("id").asString();
        assertThat(total()).isEqualTo(before);

        ProposalApproved approved = new ProposalApproved("proposal-" + id, "general-meeting-2022", 9, "入会の承認について",
                ProposalKind.MEMBER_ADMISSION, id, 2022, LocalDate.of(2022, 5, 27));
        stack.publish(approved, UUID.randomUUID().toString());
        stack.publish(approved, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> "ACTIVE".equals(status(id)));
        Response member = secretariat.get("/api/members/" + id);
        assertThat(member.json().get("admittedOn").asString()).isEqualTo("2022-05-27");
        assertThat(secretariat.get("/api/applications/" + id).json().get("admission").get("proposalId").asString())
                .isEqualTo("proposal-" + id);
        await().atMost(Duration.ofSeconds(60)).until(() -> total() == before + 8_100);

        Response withdrawn = secretariat.post("/api/members/" + id + "/withdrawal", """
                {"withdrawnOn":"2022-05-27","reason":"事業撤退"}""");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> total() == before);
    }

    private static String status(String id) {
        return secretariat.get("/api/members/" + id).json().get("status").asString();
    }

    private static long total() {
        Response response = secretariat.get("/api/finance/fiscal-years/2022/dues-forecast");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("totalYen").asLong();
    }
}
