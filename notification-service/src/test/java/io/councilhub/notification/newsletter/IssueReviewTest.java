package io.councilhub.notification.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueReviewTest {

    private final Publication publication = Publication.start("mezase-it", "メルマガ「めざせIT力アップ!」", "sc-dx-literacy",
            null, List.of("m-1", "m-2"), 2);
    private final Instant now = Instant.parse("2022-04-03T01:00:00Z");

    private Issue draft() {
        return Issue.draft(publication, 81, "Excelの便利な関数", List.of(new Part("第1部 パソコン活用", "本文")), now);
    }

    @Test
    void twoApprovalsInTheSameRoundApproveIt() {
        Issue issue = draft();
        issue.submitForReview();
        issue.approve(publication, "m-1", null, now);
        assertThat(issue.status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThatThrownBy(() -> issue.approve(publication, "m-1", null, now)).isInstanceOf(RuleViolationException.class);
        issue.approve(publication, "m-2", "良いと思います", now);
        assertThat(issue.status()).isEqualTo(IssueStatus.APPROVED);
    }

    @Test
    void aRequestForChangesSendsItBackAndApprovalsStartOver() {
        Issue issue = draft();
        issue.submitForReview();
        issue.approve(publication, "m-1", null, now);
        issue.requestChanges(publication, "m-2", "第2部の用語説明を追加してください", now);
        assertThat(issue.status()).isEqualTo(IssueStatus.DRAFT);
        issue.revise("Excelの便利な関数（改訂）", List.of(new Part("第1部 パソコン活用", "本文"), new Part("第2部 用語・IT動向", "DXとは")));
        issue.submitForReview();
        issue.approve(publication, "m-2", null, now);
        assertThat(issue.status()).isEqualTo(IssueStatus.IN_REVIEW);
        assertThat(issue.reviewRound()).isEqualTo(2);
    }

    @Test
    void onlyReviewersReviewAndChangesNeedAComment() {
        Issue issue = draft();
        issue.submitForReview();
        assertThatThrownBy(() -> issue.approve(publication, null, null, now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> issue.requestChanges(publication, "m-1", " ", now)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aSendingIssueCanBePausedButNotCancelled() {
        Issue issue = draft();
        issue.submitForReview();
        issue.approve(publication, "m-1", null, now);
        issue.approve(publication, "m-2", null, now);
        issue.schedule(now);
        issue.startSending(now);
        issue.pause();
        assertThatThrownBy(issue::cancel).isInstanceOf(RuleViolationException.class);
        issue.resume();
        assertThat(issue.status()).isEqualTo(IssueStatus.SENDING);
    }
}
