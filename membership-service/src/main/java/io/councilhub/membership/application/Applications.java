package io.councilhub.membership.application;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.meetings.ProposalApproved;
import io.councilhub.contracts.meetings.ProposalRejected;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.Decision;
import io.councilhub.membership.member.LocalGovernmentCode;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * Takes applications and decides them. The secretariat admits or rejects directly; a meeting does it
 * through a MEMBER_ADMISSION proposal. Either way an application is admitted once: a decision that
 * arrives for an application already decided the same way is a repeat and changes nothing.
 */
@Service
public class Applications {

    private static final Logger log = LoggerFactory.getLogger(Applications.class);

    private final Members members;

    Applications(Members members) {
        this.members = members;
    }

    public Member apply(String name, String nameKana, MemberCategory category, LocalDate appliedOn, LocalGovernmentCode code,
                 String address) {
        return members.save(Member.apply(name, nameKana, category, appliedOn, code, address));
    }

    public Member admit(MemberId application, LocalDate on) {
        Member member = application(application);
        member.admitApplication(on, Decision.bySecretariat(on));
        return members.save(member);
    }

    public Member reject(MemberId application, LocalDate on, String reason) {
        Member member = application(application);
        member.rejectApplication(Decision.bySecretariat(on, reason));
        return members.save(member);
    }

    public Member get(MemberId id) {
        return application(id);
    }

    public List<Member> open() {
        return members.findByStatus(MemberStatus.APPLIED, Sort.by("appliedOn", "sortKey"));
    }

    /**
     * A meeting approved the admission of the application {@code subjectRef}. A repeat of the event, or
     * an application the secretariat admitted already, changes nothing; an application that was
     * rejected meanwhile stays rejected and the conflict is logged for the secretariat to resolve.
     */
    public void on(ProposalApproved approved) {
        Member member = application(new MemberId(approved.subjectRef()));
        switch (member.status()) {
            case APPLIED -> {
                member.admitApplication(approved.decidedOn(),
                        Decision.byProposal(approved.decidedOn(), approved.proposalId(), null));
                members.save(member);
            }
            case ACTIVE, WITHDRAWN -> log.debug("application {} was admitted already; proposal {} changes nothing",
                    member.id(), approved.proposalId());
            case REJECTED -> log.warn("proposal {} approved application {}, which was rejected on {}; left as it is",
                    approved.proposalId(), member.id(), member.rejection().on());
        }
    }

    /** A meeting rejected the admission: the application is recorded as rejected, once. */
    public void on(ProposalRejected rejected) {
        Member member = application(new MemberId(rejected.subjectRef()));
        if (member.status() == MemberStatus.APPLIED) {
            member.rejectApplication(Decision.byProposal(rejected.decidedOn(), rejected.proposalId(),
                    "議案第" + rejected.number() + "号「" + rejected.title() + "」否決"));
            members.save(member);
        } else {
            log.debug("application {} is {} already; proposal {} changes nothing", member.id(), member.status(),
                    rejected.proposalId());
        }
    }

    private Member application(MemberId id) {
        return members.findById(id.value()).orElseThrow(() -> new NotFoundException("application", id));
    }
}
