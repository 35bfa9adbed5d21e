package io.councilhub.events.proposal;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.events.meeting.MeetingKind;
import io.councilhub.events.voter.Voter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item of a meeting's agenda: a numbered proposal (議案第7号 令和4年度収支予算の決定について) that the meeting
 * decides by a vote, or a report item (報告2 会員の退会について) that is only noted. A proposal is a DRAFT on the
 * agenda until voting opens, which fixes its voters; voters then answer (FOR / AGAINST / ABSTAIN present or in
 * writing, or by proxy) until it is closed, which counts the votes ({@link Tally}) and records ProposalApproved or
 * ProposalRejected once. Its id is derived from the meeting and the number ({@code m-2022-general-assembly-p7}), so
 * a number is on an agenda once.
 */
@Document("agendaItems")
public class AgendaItem extends OutboxAggregate {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The kinds whose subject is a fiscal year (ProposalKind's documentation). */
    private static final Set<ProposalKind> YEAR_SUBJECTS = EnumSet.of(ProposalKind.BUSINESS_PLAN, ProposalKind.BUDGET,
            ProposalKind.SETTLEMENT, ProposalKind.OFFICER_ELECTION);
    /** The kinds whose subject is an id another context owns and must be named. */
    private static final Set<ProposalKind> ID_SUBJECTS = EnumSet.of(ProposalKind.MEMBER_ADMISSION,
            ProposalKind.ACTIVITY_PLAN, ProposalKind.SUBCOMMITTEE_ESTABLISHMENT);

    @Id
    private String id;
    @Indexed
    private String meetingId;
    private ItemType type;
    private int number;
    private int position;
    private String title;
    private String text;
    private ProposalKind kind;
    private String subjectRef;
    private Integer fiscalYear;
    @Indexed
    private ProposalStatus status;

    private VotingBody body;
    private MeetingKind meetingKind;
    private boolean written;
    private Instant responseDeadline;
    private Instant openedAt;
    @Indexed
    private List<String> voterIds = new ArrayList<>();
    private List<Voter> voters = new ArrayList<>();
    private List<Ballot> ballots = new ArrayList<>();
    private List<RemovedVoter> removedVoters = new ArrayList<>();
    private Decision decision;

    private AgendaItem() {
    }

    /** The id of item {@code number} of {@code type} on the agenda of {@code meetingId}. */
    public static String idOf(String meetingId, ItemType type, int number) {
        return meetingId + (type == ItemType.PROPOSAL ? "-p" : "-r") + number;
    }

    /**
     * 議案: puts proposal {@code number} on the agenda. A kind about a fiscal year (business plan, budget,
     * settlement, officer election) takes that year as its subject unless another year is named; admissions,
     * activity plans and subcommittees must name the id of their subject.
     */
    public static AgendaItem proposal(String meetingId, int number, int position, String title, String explanation,
                                      ProposalKind kind, String subjectRef, int fiscalYear) {
        AgendaItem item = item(meetingId, ItemType.PROPOSAL, number, position, title, explanation);
        item.kind = Objects.requireNonNull(kind, "kind");
        String subject = subjectRef == null || subjectRef.isBlank() ? null : subjectRef.strip();
        if (YEAR_SUBJECTS.contains(kind)) {
            subject = subject == null ? String.valueOf(fiscalYear) : subject;
            if (!YEAR.matcher(subject).matches()) {
                throw new InvalidFieldException("subjectRef", "must be the fiscal year a " + kind + " proposal is about, such as 2022");
            }
        } else if (ID_SUBJECTS.contains(kind) && subject == null) {
            throw new InvalidFieldException("subjectRef", "must name what a " + kind + " proposal decides on (its id)");
        }
        item.subjectRef = subject;
        item.fiscalYear = fiscalYear;
        item.status = ProposalStatus.DRAFT;
        return item;
    }

    /** 報告: puts report item {@code number} on the agenda; it is only noted. */
    public static AgendaItem report(String meetingId, int number, int position, String title, String text) {
        return item(meetingId, ItemType.REPORT, number, position, title, text);
    }

    private static AgendaItem item(String meetingId, ItemType type, int number, int position, String title, String text) {
        if (number < 1) {
            throw new InvalidFieldException("number", "must be 1 or more");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        AgendaItem item = new AgendaItem();
        item.meetingId = Objects.requireNonNull(meetingId, "meetingId");
        item.type = type;
        item.number = number;
        item.id = idOf(meetingId, type, number);
        item.position = position;
        item.title = title.strip();
        item.text = text == null || text.isBlank() ? null : text.strip();
        return item;
    }

    /**
     * 採決の開始: fixes the voters (at an assembly the active member organisations, at the committee the adopted
     * officers; the caller reads them from the voter roll) and opens the proposal for answers. At a written meeting
     * (書面決議) answers are taken until {@code responseDeadline}.
     */
    public void openVoting(VotingBody body, MeetingKind meetingKind, boolean written, Instant responseDeadline,
                           List<Voter> voters, Instant now) {
        requireProposal();
        if (status != ProposalStatus.DRAFT) {
            throw new RuleViolationException(status.decided() ? "proposal-closed" : "voting-already-open",
                    heading() + " is " + status + "; voting opens once");
        }
        if (voters.isEmpty()) {
            throw new RuleViolationException("no-voters", "there is nobody to vote on " + heading()
                    + (body == VotingBody.ASSEMBLY ? " (no active member organisation on the voter roll)"
                    : " (no officer roster adopted for the meeting's fiscal year)"));
        }
        if (written && (responseDeadline == null || !now.isBefore(responseDeadline))) {
            throw new RuleViolationException("response-deadline-passed",
                    "the written resolution's response deadline " + responseDeadline + " has passed");
        }
        this.body = body;
        this.meetingKind = meetingKind;
        this.written = written;
        this.responseDeadline = written ? responseDeadline : null;
        this.openedAt = now;
        Map<String, Voter> unique = new LinkedHashMap<>();
        voters.forEach(voter -> unique.putIfAbsent(voter.memberId(), voter));
        this.voters = new ArrayList<>(unique.values());
        this.voterIds = new ArrayList<>(unique.keySet());
        this.status = ProposalStatus.OPEN;
    }

    /**
     * 賛否: {@code voterId} answers (present, or in writing at a written meeting). A second answer by the same
     * voter is refused ({@link #changeVote} replaces one while the proposal is open).
     */
    public Ballot vote(String voterId, Choice choice, String recordedBy, Instant now) {
        requireAnswerable(voterId, now);
        if (ballotOf(voterId).isPresent()) {
            throw new RuleViolationException("already-voted", voterName(voterId) + " has already answered " + heading()
                    + "; change the answer with PUT .../votes/" + voterId);
        }
        Ballot ballot = Ballot.vote(voterId, Objects.requireNonNull(choice, "choice"),
                written ? Attendance.WRITTEN : Attendance.PRESENT, recordedBy, now);
        ballots.add(ballot);
        return ballot;
    }

    /** Replaces {@code voterId}'s answer (a vote or a proxy) with {@code choice}, while the proposal is open. */
    public Ballot changeVote(String voterId, Choice choice, String recordedBy, Instant now) {
        requireAnswerable(voterId, now);
        if (ballotOf(voterId).isEmpty()) {
            throw new RuleViolationException("not-voted-yet", voterName(voterId) + " has not answered " + heading()
                    + "; answer with POST .../votes");
        }
        ballots.removeIf(ballot -> ballot.voterId().equals(voterId));
        Ballot ballot = Ballot.vote(voterId, Objects.requireNonNull(choice, "choice"),
                written ? Attendance.WRITTEN : Attendance.PRESENT, recordedBy, now);
        ballots.add(ballot);
        return ballot;
    }

    /**
     * 委任状: {@code voterId} gives its vote to {@code delegate} (another voter, or {@link Ballot#CHAIR}); it counts
     * as taking part. Not at a written meeting, where every voter answers in writing.
     */
    public Ballot delegate(String voterId, String delegate, String recordedBy, Instant now) {
        requireAnswerable(voterId, now);
        if (written) {
            throw new RuleViolationException("no-proxy-in-writing",
                    "a written resolution takes each voter's own written answer, not a proxy");
        }
        if (delegate == null || delegate.isBlank()) {
            throw new InvalidFieldException("delegate", "must be a voter's member id or CHAIR");
        }
        if (delegate.equals(voterId)) {
            throw new InvalidFieldException("delegate", "a voter cannot give its proxy to itself");
        }
        if (!Ballot.CHAIR.equals(delegate) && !voterIds.contains(delegate)) {
            throw new InvalidFieldException("delegate", "must be another voter of " + heading() + " or CHAIR");
        }
        if (ballotOf(voterId).isPresent()) {
            throw new RuleViolationException("already-voted", voterName(voterId) + " has already answered " + heading());
        }
        Ballot ballot = Ballot.proxy(voterId, delegate, recordedBy, now);
        ballots.add(ballot);
        return ballot;
    }

    /**
     * A voter's organisation withdrew (MemberWithdrawn): it is taken off the voters of this open proposal and its
     * ballot, if it had answered, no longer counts (it is kept in {@link #removedVoters()}). Proxies given to it are
     * left uncast. Nothing changes if it is not a voter (any more), or once the proposal is decided.
     *
     * @return whether this changed the proposal
     */
    public boolean removeVoter(String memberId, LocalDate withdrawnOn) {
        if (status != ProposalStatus.OPEN || !voterIds.contains(memberId)) {
            return false;
        }
        Voter voter = voters.stream().filter(v -> v.memberId().equals(memberId)).findFirst().orElse(null);
        Ballot ballot = ballotOf(memberId).orElse(null);
        voterIds.remove(memberId);
        voters.removeIf(v -> v.memberId().equals(memberId));
        ballots.removeIf(b -> b.voterId().equals(memberId));
        removedVoters.add(new RemovedVoter(memberId, voter == null ? null : voter.name(), withdrawnOn, ballot));
        return true;
    }

    /**
     * 採決の終了: counts the votes with {@code rule} and decides; records ProposalApproved or ProposalRejected (with
     * the count) once. A written resolution is closed by hand only when every voter has answered; otherwise it
     * closes itself when its deadline passes ({@link #closeAtDeadline}).
     */
    public Decision close(VotingRule rule, LocalDate decidedOn, String closedBy, Instant now) {
        requireOpenProposal();
        if (written && !now.isAfter(responseDeadline) && ballots.size() < voterIds.size()) {
            throw new RuleViolationException("response-deadline-not-reached", "the written resolution on " + heading()
                    + " takes answers until " + responseDeadline + " and " + (voterIds.size() - ballots.size())
                    + " voters have not answered yet");
        }
        LocalDate today = LocalDate.ofInstant(now, TOKYO);
        LocalDate on = decidedOn == null ? today : decidedOn;
        if (on.isAfter(today)) {
            throw new InvalidFieldException("decidedOn", "must not be in the future");
        }
        return decide(rule, on, closedBy, now);
    }

    /** Whether this written resolution's deadline has passed unclosed, so {@link #closeAtDeadline} applies. */
    public boolean deadlinePassed(Instant now) {
        return status == ProposalStatus.OPEN && written && responseDeadline != null && now.isAfter(responseDeadline);
    }

    /** 書面決議の締切: closes a written resolution whose response deadline has passed; decided on the deadline's day. */
    public Decision closeAtDeadline(VotingRule rule, Instant now) {
        requireOpenProposal();
        if (!deadlinePassed(now)) {
            throw new RuleViolationException("response-deadline-not-reached", heading() + " is not past its deadline");
        }
        return decide(rule, LocalDate.ofInstant(responseDeadline, TOKYO), Decision.AT_DEADLINE, now);
    }

    private Decision decide(VotingRule rule, LocalDate on, String closedBy, Instant now) {
        Map<String, Ballot> byVoter = new LinkedHashMap<>();
        ballots.forEach(ballot -> byVoter.put(ballot.voterId(), ballot));
        Tally tally = Tally.of(voterIds, byVoter, rule);
        decision = new Decision(tally.outcome(), tally.reason(), tally.votes(), on, now, closedBy);
        status = tally.outcome();
        int year = fiscalYear == null ? 0 : fiscalYear;
        if (tally.approved()) {
            record(new ProposalApproved(id, meetingId, number, title, kind, subjectRef, year, on, tally.votes()));
        } else {
            record(new ProposalRejected(id, meetingId, number, title, kind, subjectRef, year, on, tally.votes()));
        }
        return decision;
    }

    private void requireProposal() {
        if (type == ItemType.REPORT) {
            throw new RuleViolationException("report-not-voted", heading() + " is a report: it is noted, never voted on");
        }
    }

    private void requireOpenProposal() {
        requireProposal();
        if (status == ProposalStatus.DRAFT) {
            throw new RuleViolationException("voting-not-open", "voting on " + heading() + " has not been opened");
        }
        if (status.decided()) {
            throw new RuleViolationException("proposal-closed", heading() + " was decided already (" + status + ")");
        }
    }

    /**
     * A late answer to a written resolution is refused for its deadline first: whether the resolution has already
     * closed itself at the deadline or is about to, the answer the voter gets is the same.
     */
    private void requireAnswerable(String voterId, Instant now) {
        requireProposal();
        if (written && responseDeadline != null && now.isAfter(responseDeadline) && status != ProposalStatus.DRAFT) {
            throw new RuleViolationException("response-deadline-passed",
                    "the written resolution on " + heading() + " took answers until " + responseDeadline);
        }
        requireOpenProposal();
        if (!voterIds.contains(voterId)) {
            throw new RuleViolationException("not-a-voter", voterId + " is not a voter on " + heading());
        }
    }

    private String voterName(String voterId) {
        return voters.stream().filter(v -> v.memberId().equals(voterId)).map(Voter::name)
                .filter(Objects::nonNull).findFirst().orElse(voterId);
    }

    public Optional<Ballot> ballotOf(String voterId) {
        return ballots.stream().filter(ballot -> ballot.voterId().equals(voterId)).findFirst();
    }

    public boolean isVoter(String memberId) {
        return voterIds.contains(memberId);
    }

    /** 議案第7号 or 報告2. */
    public String heading() {
        return type.heading(number);
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public ItemType type() {
        return type;
    }

    public int number() {
        return number;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public ProposalKind kind() {
        return kind;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public Integer fiscalYear() {
        return fiscalYear;
    }

    public ProposalStatus status() {
        return status;
    }

    public VotingBody body() {
        return body;
    }

    public MeetingKind meetingKind() {
        return meetingKind;
    }

    public boolean written() {
        return written;
    }

    public Instant responseDeadline() {
        return responseDeadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<Voter> voters() {
        return List.copyOf(voters);
    }

    public List<Ballot> ballots() {
        return List.copyOf(ballots);
    }

    public List<RemovedVoter> removedVoters() {
        return List.copyOf(removedVoters);
    }

    public Decision decision() {
        return decision;
    }
}
