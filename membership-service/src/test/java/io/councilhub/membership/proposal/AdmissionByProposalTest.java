package io.councilhub.membership.proposal;

import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.Topics;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.Decision;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A meeting's decision on an application (ProposalApproved / ProposalRejected, MEMBER_ADMISSION) admits or rejects it, once. */
class AdmissionByProposalTest extends ServiceApiTest {

    private static final LocalDate GENERAL_MEETING = LocalDate.of(2022, 5, 27);

    @Autowired
    Members members;

    @Test
    void anApprovedAdmissionDeliveredThreeTimesAdmitsTheApplicationOnce() {
        String id = apply("一般社団法人ちばデジタル協会", "ORGANIZATION");
        ProposalApproved approved = admission(id);
        String eventId = UUID.randomUUID().toString();

        infrastructure.publish(approved, eventId);
        infrastructure.publish(approved, eventId);
        infrastructure.publish(approved, UUID.randomUUID().toString());
        infrastructure.awaitConsumed("membership", Topics.MEETINGS);

        Member admitted = members.findById(id).orElseThrow();
        assertThat(admitted.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(admitted.admittedOn()).isEqualTo(GENERAL_MEETING);
        assertThat(admitted.admission()).isEqualTo(Decision.byProposal(GENERAL_MEETING, approved.proposalId(), null));
        await().atMost(Duration.ofSeconds(10)).until(() -> members.findById(id).orElseThrow().pendingEvents().isEmpty());
        List<ConsumerRecord<String, byte[]>> admissions = await().atMost(Duration.ofSeconds(10))
                .until(() -> admissionsOf(id), found -> !found.isEmpty());
        assertThat(admissions).hasSize(1);
        assertThat(EventJson.read(admissions.get(0).value(), MemberAdmitted.class)).isEqualTo(new MemberAdmitted(id,
                "一般社団法人ちばデジタル協会", MemberCategory.ORGANIZATION, GENERAL_MEETING));
    }

    @Test
    void anApplicationTheSecretariatAdmittedFirstIsNotAdmittedAgainByTheMeeting() {
        String id = apply("株式会社ちばソフト", "COMPANY");
        assertThat(secretariat.post("/api/applications/" + id + "/admission", """
                {"admittedOn":"2022-05-01"}""").status()).isEqualTo(200);

        infrastructure.publish(admission(id), UUID.randomUUID().toString());
        infrastructure.awaitConsumed("membership", Topics.MEETINGS);

        assertThat(members.findById(id).orElseThrow().admittedOn()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(members.findById(id).orElseThrow().admission().by()).isEqualTo(Decision.DecidedBy.SECRETARIAT);
        await().atMost(Duration.ofSeconds(10)).until(() -> !admissionsOf(id).isEmpty());
        assertThat(admissionsOf(id)).hasSize(1);
    }

    @Test
    void aRejectedAdmissionIsRecordedAndALaterApprovalDoesNotOverturnIt() {
        String id = apply("合同会社ちばテスト", "COMPANY");

        infrastructure.publish(new ProposalRejected("p-2022-10", "general-meeting-2022", 10, "入会の承認について",
                ProposalKind.MEMBER_ADMISSION, id, 2022, GENERAL_MEETING), UUID.randomUUID().toString());
        infrastructure.publish(admission(id), UUID.randomUUID().toString());
        infrastructure.awaitConsumed("membership", Topics.MEETINGS);

        Member rejected = members.findById(id).orElseThrow();
        assertThat(rejected.status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(rejected.rejection().proposalId()).isEqualTo("p-2022-10");
        assertThat(secretariat.get("/api/applications/" + id).json().get("rejection").get("by").asString())
                .isEqualTo("PROPOSAL");
        assertThat(admissionsOf(id)).isEmpty();
    }

    private ProposalApproved admission(String applicationId) {
        return new ProposalApproved("p-2022-09-" + applicationId, "general-meeting-2022", 9, "入会の承認について",
                ProposalKind.MEMBER_ADMISSION, applicationId, 2022, GENERAL_MEETING);
    }

    private String apply(String name, String category) {
        Response created = secretariat.post("/api/applications", """
                {"name":"%s","category":"%s","appliedOn":"2022-04-20"}""".formatted(name, category));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<ConsumerRecord<String, byte[]>> admissionsOf(String id) {
        return topic(Topics.MEMBERSHIP).records(EventCatalogue.MEMBER_ADMITTED.wireName()).stream()
                .filter(record -> id.equals(record.key())).toList();
    }
}
