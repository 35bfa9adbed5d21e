package io.councilhub.notification.notice;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.test.ServiceApiTest;
import io.councilhub.contracts.DomainEvent;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.finance.BudgetAdopted;
import io.councilhub.contracts.finance.DuesInvoiceIssued;
import io.councilhub.contracts.finance.DuesPaid;
import io.councilhub.contracts.meetings.MeetingCancelled;
import io.councilhub.contracts.meetings.MeetingReminderDue;
import io.councilhub.contracts.meetings.MeetingRescheduled;
import io.councilhub.contracts.meetings.MeetingScheduled;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.meetings.RegistrationConfirmed;
import io.councilhub.contracts.meetings.VoteCount;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.contracts.membership.MemberContactsChanged.Contact;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import io.councilhub.contracts.subcommittees.ActivityPlanApproved;
import io.councilhub.contracts.subcommittees.RepresentativeLost;
import io.councilhub.notification.Mailbox;
import io.councilhub.notification.subscriber.Language;
import io.councilhub.notification.subscriber.MailingList;
import io.councilhub.notification.subscriber.Recipient;
import io.councilhub.notification.subscriber.Subscribers;
import io.councilhub.notification.subscriber.SuppressionReason;
import io.councilhub.notification.subscriber.Suppressions;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each notice kind from its event, each event delivered twice (as at-least-once delivery may): one mail
 * per recipient. The member and officer lists follow membership's events.
 */
class NoticesFromDomainEventsTest extends ServiceApiTest {

    private static final String SECRETARIAT = "secretariat@councilhub.localhost";
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    @Autowired
    Subscribers subscribers;
    @Autowired
    Suppressions suppressions;

    Mailbox mailbox;

    @BeforeEach
    void mailbox() {
        mailbox = new Mailbox(infrastructure.mail());
    }

    @Test
    void theMemberListFollowsContactsChangesAndAWithdrawalTellsTheSecretariatOnce() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String news = "news-" + member + "@example.jp";
        String billing = "billing-" + member + "@example.jp";
        twice(new MemberContactsChanged(member, List.of(
                contact("c1", "市川 一郎", news, "NEWSLETTER", "PRIMARY"),
                contact("c2", "市川 会計", billing, "BILLING"))));
        awaitConsumed("council.membership.v1");
        assertThat(memberList()).contains(news).doesNotContain(billing);

        String replaced = "news2-" + member + "@example.jp";
        twice(new MemberContactsChanged(member, List.of(
                contact("c3", "市川 二郎", replaced, "NEWSLETTER"),
                contact("c2", "市川 会計", billing, "BILLING", "NEWSLETTER"))));
        awaitConsumed("council.membership.v1");
        assertThat(memberList()).contains(replaced, billing).doesNotContain(news);

        int before = mailbox.to(SECRETARIAT).size();
        twice(new MemberWithdrawn(member, "市川市テスト", MemberCategory.MUNICIPALITY, LocalDate.of(2022, 3, 31), "合併のため"));
        awaitConsumed("council.membership.v1");
        assertThat(memberList()).doesNotContain(replaced, billing);
        List<MimeMessage> toSecretariat = mailbox.to(SECRETARIAT).subList(before, mailbox.to(SECRETARIAT).size());
        assertThat(toSecretariat).hasSize(1);
        assertThat(toSecretariat.get(0).getSubject()).isEqualTo("【事務局通知】会員の退会: 市川市テスト");
        assertThat(Mailbox.text(toSecretariat.get(0))).contains("令和4年3月31日").contains("合併のため");
    }

    @Test
    void aNewMemberIsWelcomedOnceWhenItsFirstContactsArrive() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String primary = "primary-" + member + "@example.jp";
        twice(new MemberAdmitted(member, "株式会社テスト", MemberCategory.COMPANY, LocalDate.of(2022, 5, 20)));
        twice(new MemberContactsChanged(member, List.of(contact("c1", "試験 太郎", primary, "PRIMARY"))));
        awaitConsumed("council.membership.v1");
        MimeMessage welcome = mailbox.awaitOne(primary);
        assertThat(welcome.getSubject()).contains("ご入会ありがとうございます");
        assertThat(Mailbox.text(welcome)).contains("試験 太郎 様").contains("株式会社テスト");

        String later = "later-" + member + "@example.jp";
        publish(new MemberContactsChanged(member, List.of(contact("c1", "試験 太郎", primary, "PRIMARY"),
                contact("c2", "試験 次郎", later, "BILLING"))));
        awaitConsumed("council.membership.v1");
        assertThat(mailbox.to(primary)).hasSize(1);
        assertThat(mailbox.to(later)).as("a welcome goes out once, not on every change").isEmpty();
    }

    @Test
    void theOfficerListIsTheRostersPrimaryContactsAndAnAdoptedBudgetReachesThemOnce() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String officer = "officer-" + member + "@example.jp";
        String colleague = "colleague-" + member + "@example.jp";
        publish(new MemberAdmitted(member, "千葉県テスト", MemberCategory.PREFECTURE, LocalDate.of(2018, 4, 1)));
        publish(new MemberContactsChanged(member, List.of(
                contact("c1", "幹事 長子", officer, "PRIMARY"),
                contact("c2", "同僚 一", colleague, "PRIMARY", "NEWSLETTER"))));
        twice(new OfficerRosterAdopted("roster-" + member, 2099, List.of(
                new OfficerRosterAdopted.Officer(member, "CHIEF_SECRETARY", "総務部", "課長", "幹事　長子", "NEW"))));
        awaitConsumed("council.membership.v1");
        assertThat(list(MailingList.OFFICERS)).as("the PRIMARY contact with the officer's name").contains(officer).doesNotContain(colleague);

        twice(new BudgetAdopted("budget-" + member, 2099, 1, 1_234_000, LocalDate.of(2099, 5, 20)), "council.finance.v1");
        awaitConsumed("council.finance.v1");
        List<MimeMessage> mails = mailbox.awaitMails(officer, 2);
        MimeMessage budget = mails.stream().filter(m -> subject(m).contains("収支予算")).findFirst().orElseThrow();
        assertThat(mails.stream().filter(m -> subject(m).contains("収支予算"))).hasSize(1);
        assertThat(Mailbox.text(budget)).contains("1,234,000円");
        assertThat(Mailbox.header(budget, "List-Id")).contains("officers.lists.councilhub.localhost");
        assertThat(Mailbox.header(budget, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.header(budget, "Message-ID")).startsWith("<notice.");
    }

    @Test
    void duesInvoicesAndReceiptsGoToTheBillingContactsOnce() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String billing = "billing-" + member + "@example.jp";
        String primary = "primary-" + member + "@example.jp";
        publish(new MemberContactsChanged(member, List.of(contact("c1", "会計 担当", billing, "BILLING"),
                contact("c2", "代表 担当", primary, "PRIMARY"))));
        awaitConsumed("council.membership.v1");
        twice(new DuesInvoiceIssued("inv-" + member, member, 2022, 8100, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)), "council.finance.v1");
        twice(new DuesPaid("inv-" + member, "pay-" + member, member, 2022, 8100, LocalDate.of(2022, 5, 10), 0), "council.finance.v1");
        awaitConsumed("council.finance.v1");
        List<MimeMessage> mails = mailbox.awaitMails(billing, 2);
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(NoticesFromDomainEventsTest::subject)
                .containsExactlyInAnyOrder("【ご請求】令和4年度負担金のご請求", "【領収】令和4年度負担金のお支払いを確認しました");
        assertThat(mailbox.to(primary)).isEmpty();
    }

    @Test
    void meetingsInviteTheirAudienceAndConfirmRegistrationsWithTheJoinUrlEachOnce() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String news = "meeting-" + member + "@example.jp";
        String english = "english-" + member + "@example.jp";
        publish(new MemberContactsChanged(member, List.of(contact("c1", "会議 太郎", news, "NEWSLETTER"))));
        awaitConsumed("council.membership.v1");
        String meeting = "meeting-" + member;
        OffsetDateTime starts = OffsetDateTime.of(2022, 5, 20, 14, 0, 0, 0, JST);
        String meetings = "council.meetings.v1";
        twice(new MeetingScheduled(meeting, "GENERAL_ASSEMBLY", "令和4年度通常総会", 2022, starts, starts.plusHours(2),
                "ONLINE", "Zoom", "MEMBERS"), meetings);
        twice(new RegistrationConfirmed("reg-" + member, meeting, "令和4年度通常総会", starts, member, "Jane Doe", english,
                "https://zoom.example/j/123"), meetings);
        // A registration is keyed by its own id, the meeting's events by the meeting's: different partitions, so
        // the order between them holds only once the registration was handled (as it is long before a change).
        awaitConsumed(meetings);
        twice(new MeetingRescheduled(meeting, "令和4年度通常総会", starts, starts.plusDays(7), starts.plusDays(7).plusHours(2), "Zoom"), meetings);
        twice(new MeetingReminderDue(meeting, "令和4年度通常総会", starts.plusDays(7), 1), meetings);
        twice(new MeetingCancelled(meeting, "令和4年度通常総会", starts.plusDays(7), "荒天のため"), meetings);
        awaitConsumed(meetings);

        List<MimeMessage> toMember = mailbox.awaitMails(news, 3);
        assertThat(toMember).extracting(NoticesFromDomainEventsTest::subject).containsExactly(
                "【ご案内】令和4年度通常総会", "【日程変更】令和4年度通常総会", "【開催中止】令和4年度通常総会");
        assertThat(Mailbox.text(toMember.get(0))).contains("令和4年5月20日 14:00").contains("配信停止はこちら: http://localhost:8080/api/public/subscriptions/unsubscribe?token=");
        assertThat(Mailbox.header(toMember.get(0), "List-Id")).contains("members.lists.councilhub.localhost");

        List<MimeMessage> toRegistrant = mailbox.awaitMails(english, 4);
        assertThat(toRegistrant).extracting(NoticesFromDomainEventsTest::subject).containsExactly(
                "【参加登録完了】令和4年度通常総会", "【日程変更】令和4年度通常総会", "【リマインド】令和4年度通常総会（令和4年5月27日 14:00）",
                "【開催中止】令和4年度通常総会");
        assertThat(Mailbox.text(toRegistrant.get(0))).contains("https://zoom.example/j/123").contains("Jane Doe 様");
    }

    @Test
    void proposalOutcomesReachTheMembersAndSubcommitteeNewsTheSecretariatOnce() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String news = "proposal-" + member + "@example.jp";
        publish(new MemberContactsChanged(member, List.of(contact("c1", "議案 太郎", news, "NEWSLETTER"))));
        awaitConsumed("council.membership.v1");
        twice(new ProposalApproved("p1-" + member, "mt", 1, "令和3年度事業報告", ProposalKind.OTHER, null, 2022,
                LocalDate.of(2022, 5, 20), new VoteCount(30, 25, 24, 0, 1)), "council.meetings.v1");
        twice(new ProposalRejected("p2-" + member, "mt", 6, "会則の改正", ProposalKind.OTHER, null, 2022,
                LocalDate.of(2022, 5, 20)), "council.meetings.v1");
        awaitConsumed("council.meetings.v1");
        assertThat(mailbox.awaitMails(news, 2)).extracting(NoticesFromDomainEventsTest::subject).containsExactly(
                "【議決結果】第1号議案「令和3年度事業報告」は可決されました", "【議決結果】第6号議案「会則の改正」は否決されました");

        int before = mailbox.to(SECRETARIAT).size();
        twice(new ActivityPlanApproved("plan-" + member, "sc-1", "DXリテラシ向上対策部会", 2022, 265_000, LocalDate.of(2022, 5, 20)),
                "council.subcommittees.v1");
        twice(new RepresentativeLost("sc-2", "自治体キャッシュレス部会", member, LocalDate.of(2022, 6, 1)), "council.subcommittees.v1");
        awaitConsumed("council.subcommittees.v1");
        List<MimeMessage> toSecretariat = mailbox.awaitMails(SECRETARIAT, before + 2).subList(before, before + 2);
        assertThat(mailbox.to(SECRETARIAT)).hasSize(before + 2);
        assertThat(toSecretariat).extracting(NoticesFromDomainEventsTest::subject).containsExactly(
                "【事務局通知】活動企画の承認: DXリテラシ向上対策部会（令和4年度）", "【事務局通知】部会代表者の不在: 自治体キャッシュレス部会");
        assertThat(Mailbox.text(toSecretariat.get(0))).contains("265,000円");
    }

    @Test
    void aSuppressedAddressGetsNoNoticeAtAll() throws Exception {
        String member = "m-" + UUID.randomUUID();
        String bounced = "bounced-" + member + "@example.jp";
        String fine = "fine-" + member + "@example.jp";
        publish(new MemberContactsChanged(member, List.of(contact("c1", "宛先 不明", bounced, "BILLING"),
                contact("c2", "宛先 正常", fine, "BILLING"))));
        awaitConsumed("council.membership.v1");
        suppressions.suppress(Email.of(bounced), SuppressionReason.HARD_BOUNCE);
        publish(new DuesInvoiceIssued("inv-" + member, member, 2022, 16200, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)),
                "council.finance.v1");
        awaitConsumed("council.finance.v1");
        mailbox.awaitOne(fine);
        assertThat(mailbox.to(bounced)).isEmpty();
    }

    private List<String> memberList() {
        return list(MailingList.MEMBERS);
    }

    private List<String> list(MailingList list) {
        return subscribers.active(list).stream().map(Recipient::email).map(Email::value).toList();
    }

    private static Contact contact(String id, String name, String email, String... roles) {
        return new Contact(id, name, null, null, email, List.of(roles));
    }

    private void publish(DomainEvent event) {
        infrastructure.publish(event, UUID.randomUUID().toString());
    }

    private void publish(DomainEvent event, String topic) {
        infrastructure.publish(event, UUID.randomUUID().toString());
    }

    /** The same event (same id) delivered twice. */
    private void twice(DomainEvent event) {
        String id = UUID.randomUUID().toString();
        infrastructure.publish(event, id);
        infrastructure.publish(event, id);
    }

    private void twice(DomainEvent event, String topic) {
        twice(event);
    }

    private void awaitConsumed(String topic) {
        infrastructure.awaitConsumed("notification", topic);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
