package io.councilhub.membership.transfer;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberRoll;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The roll as rows in the import's columns (in kana order): every member, or those active at any time in a
 * fiscal year. Categories are written as the packet names them (市町村), dates as {@code yyyy-MM-dd}.
 */
@Service
public class MemberExport {

    private final Members members;
    private final MemberRoll roll;

    MemberExport(Members members, MemberRoll roll) {
        this.members = members;
        this.roll = roll;
    }

    public List<String> header() {
        return MemberColumns.names().stream().map(MemberColumns.COLUMNS::label).toList();
    }

    public List<List<String>> rows(FiscalYear year) {
        // Members only: open and rejected applications are not on the roll.
        List<Member> roll = year == null
                ? members.findByStatusIn(List.of(MemberStatus.ACTIVE, MemberStatus.WITHDRAWN), Sort.by("sortKey", "_id"))
                : this.roll.activeIn(year, null);
        return roll.stream().map(MemberExport::row).toList();
    }

    private static List<String> row(Member member) {
        return Arrays.asList(member.id().value(), member.name(), member.nameKana(), MemberColumns.label(member.category()),
                member.localGovernmentCode(), member.address(), text(member.admittedOn()), text(member.withdrawnOn()),
                member.withdrawalReason());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
