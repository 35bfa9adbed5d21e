package io.councilhub.membership.member;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** The council's roll: admits and withdraws member organisations and answers who is on it. */
@Service
public class MemberRoll {

    private static final Sort BY_ADMISSION = Sort.by("admittedOn", "name");

    private final Members members;

    MemberRoll(Members members) {
        this.members = members;
    }

    public Member admit(String name, String nameKana, MemberCategory category, LocalDate admittedOn,
                        LocalGovernmentCode code, String address) {
        return members.save(Member.admit(name, nameKana, category, admittedOn, code, address));
    }

    public Member rename(MemberId id, String name, String nameKana, LocalDate effectiveOn) {
        Member member = get(id);
        member.rename(name, nameKana, effectiveOn);
        return members.save(member);
    }

    public Member withdraw(MemberId id, LocalDate on, String reason) {
        Member member = get(id);
        member.withdraw(on, reason);
        return members.save(member);
    }

    public Member get(MemberId id) {
        return members.findById(id.value()).orElseThrow(() -> new NotFoundException("member", id));
    }

    public List<Member> list(MemberCategory category, MemberStatus status) {
        if (category != null && status != null) {
            return members.findByCategoryAndStatus(category, status, BY_ADMISSION);
        }
        if (category != null) {
            return members.findByCategory(category, BY_ADMISSION);
        }
        if (status != null) {
            return members.findByStatus(status, BY_ADMISSION);
        }
        return members.findAll(BY_ADMISSION);
    }
}
