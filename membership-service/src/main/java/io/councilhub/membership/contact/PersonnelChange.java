package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.membership.contact.ContactSheet.Column;
import io.councilhub.membership.contact.PersonnelChangeReport.MemberOutcome;
import io.councilhub.membership.contact.PersonnelChangeReport.Outcome;
import io.councilhub.membership.contact.PersonnelChangeReport.Rejection;
import io.councilhub.membership.member.FormerName;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The April personnel change (人事異動): replaces the contact lists of the members a sheet names, each
 * with the sheet's rows for it. A dry run computes the same report and changes nothing. Applying is
 * idempotent: a member whose list already is what the sheet says is not written and publishes nothing.
 * A member with any rejected row is skipped as a whole, so a typo never removes a contact; members
 * the sheet does not name keep their contacts. A row naming only a member (no contact columns) means
 * it has no contacts any more.
 */
@Service
public class PersonnelChange {

    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[|;｜；、,]");

    private final Members members;
    private final ContactBook book;

    PersonnelChange(Members members, ContactBook book) {
        this.members = members;
        this.book = book;
    }

    public PersonnelChangeReport run(ContactSheet.Sheet sheet, boolean dryRun) {
        Roster roster = new Roster(members.findAll());
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Batch> batches = new LinkedHashMap<>();
        int rows = 0;
        for (ContactRow row : sheet.rows()) {
            if (row.isBlank()) {
                continue;
            }
            rows++;
            List<Rejection> problems = new ArrayList<>();
            Member member = roster.resolve(row, problems, sheet);
            if (member == null) {
                rejected.addAll(problems);
                continue;
            }
            Batch batch = batches.computeIfAbsent(member.id().value(), id -> new Batch(member));
            batch.rows.add(row.row());
            if (!row.hasContact()) {
                batch.clearingRows.add(row.row());
                continue;
            }
            ContactDraft draft = draft(row, problems, sheet);
            if (draft == null) {
                rejected.addAll(problems);
                batch.rejected = true;
            } else {
                batch.drafts.add(draft);
                batch.draftRows.add(row.row());
            }
        }
        List<MemberOutcome> outcomes = new ArrayList<>();
        for (Batch batch : batches.values()) {
            outcomes.add(settle(batch, rejected, sheet, dryRun));
        }
        rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new PersonnelChangeReport(dryRun, rows, outcomes, rejected);
    }

    private MemberOutcome settle(Batch batch, List<Rejection> rejected, ContactSheet.Sheet sheet, boolean dryRun) {
        if (!batch.clearingRows.isEmpty() && (!batch.draftRows.isEmpty() || batch.rejected)) {
            for (int row : batch.clearingRows) {
                rejected.add(rejection(row, Column.NAME, sheet, "must not be blank (a row with only the member clears "
                        + "its contacts, and this member has other rows)"));
            }
            batch.rejected = true;
        }
        ContactList list = book.listOf(batch.member.id());
        if (!batch.rejected) {
            for (ListProblem problem : list.problems(batch.drafts)) {
                int row = problem.index() < batch.draftRows.size()
                        ? batch.draftRows.get(problem.index()) : batch.draftRows.get(batch.draftRows.size() - 1);
                rejected.add(new Rejection(row, problem.field(), header(sheet, problem.field()), problem.message()));
                batch.rejected = true;
            }
        }
        if (batch.rejected) {
            return batch.outcome(Outcome.SKIPPED, null, "rows of this member were rejected; its contacts are left as they are");
        }
        ContactsDiff diff = list.compareWith(batch.drafts);
        if (diff.isEmpty()) {
            return batch.outcome(Outcome.UNCHANGED, diff, null);
        }
        if (dryRun) {
            return batch.outcome(Outcome.CHANGED, diff, null);
        }
        try {
            diff = list.replaceWith(batch.drafts);
            book.save(list);
            return batch.outcome(Outcome.CHANGED, diff, null);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            return batch.outcome(Outcome.CONFLICT, null, "changed by someone else at the same moment; run the change again");
        }
    }

    /** The row as a contact, or null with every problem of the row added to {@code problems}. */
    private static ContactDraft draft(ContactRow row, List<Rejection> problems, ContactSheet.Sheet sheet) {
        int before = problems.size();
        Email email = null;
        if (ContactRow.blank(row.email())) {
            problems.add(rejection(row.row(), Column.EMAIL, sheet, "must not be blank"));
        } else {
            try {
                email = Email.of(row.email());
            } catch (IllegalArgumentException e) {
                problems.add(rejection(row.row(), Column.EMAIL, sheet, "is not an e-mail address"));
            }
        }
        PhoneNumber phone = null;
        if (!ContactRow.blank(row.phone())) {
            try {
                phone = PhoneNumber.of(row.phone());
            } catch (InvalidFieldException e) {
                problems.add(rejection(row.row(), Column.PHONE, sheet, e.getMessage()));
            }
        }
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        if (!ContactRow.blank(row.roles())) {
            for (String role : ROLE_SEPARATORS.split(row.roles())) {
                if (role.isBlank()) {
                    continue;
                }
                try {
                    roles.add(ContactRole.parse(role));
                } catch (InvalidFieldException e) {
                    problems.add(rejection(row.row(), Column.ROLES, sheet, e.getMessage()));
                    break;
                }
            }
        }
        String name = text(row.row(), Column.NAME, row.name(), ContactDraft::name, problems, sheet);
        String department = text(row.row(), Column.DEPARTMENT, row.department(), ContactDraft::department, problems, sheet);
        String title = text(row.row(), Column.TITLE, row.title(), ContactDraft::title, problems, sheet);
        if (problems.size() > before) {
            return null;
        }
        return new ContactDraft(null, name, department, title, email, phone, roles);
    }

    private static String text(int row, Column column, String value, UnaryOperator<String> check,
                               List<Rejection> problems, ContactSheet.Sheet sheet) {
        try {
            return check.apply(value);
        } catch (InvalidFieldException e) {
            problems.add(rejection(row, column, sheet, e.getMessage()));
            return null;
        }
    }

    private static Rejection rejection(int row, Column column, ContactSheet.Sheet sheet, String reason) {
        return new Rejection(row, column.field(), sheet.headers().getOrDefault(column, column.header()), reason);
    }

    private static String header(ContactSheet.Sheet sheet, String field) {
        for (Column column : Column.values()) {
            if (column.field().equals(field)) {
                return sheet.headers().getOrDefault(column, column.header());
            }
        }
        return field;
    }

    /** The members, found by id or by current or former name. */
    private static final class Roster {

        private final Map<String, Member> byId = new HashMap<>();
        private final Map<String, List<Member>> byName = new HashMap<>();

        Roster(List<Member> all) {
            for (Member member : all) {
                byId.put(member.id().value(), member);
                byName.computeIfAbsent(ContactDraft.normalise(member.name()), name -> new ArrayList<>()).add(member);
            }
        }

        Member resolve(ContactRow row, List<Rejection> problems, ContactSheet.Sheet sheet) {
            Member member;
            if (!ContactRow.blank(row.memberId())) {
                member = byId.get(row.memberId().strip());
                if (member == null) {
                    problems.add(rejection(row.row(), Column.MEMBER_ID, sheet, "no member has this id"));
                    return null;
                }
                if (!ContactRow.blank(row.memberName()) && !isCalled(member, row.memberName())) {
                    problems.add(rejection(row.row(), Column.MEMBER_NAME, sheet,
                            "is not the name of member " + member.id() + " (" + member.name() + "); a row of another member?"));
                    return null;
                }
            } else if (!ContactRow.blank(row.memberName())) {
                List<Member> named = byName.getOrDefault(ContactDraft.normalise(row.memberName()), List.of());
                List<Member> current = named.stream().filter(m -> m.status() != MemberStatus.WITHDRAWN).toList();
                if (named.isEmpty()) {
                    problems.add(rejection(row.row(), Column.MEMBER_NAME, sheet, "no member has this name"));
                    return null;
                }
                if (current.size() > 1) {
                    problems.add(rejection(row.row(), Column.MEMBER_NAME, sheet,
                            "several members have this name; give the " + Column.MEMBER_ID.header() + " (memberId)"));
                    return null;
                }
                member = current.isEmpty() ? named.get(0) : current.get(0);
            } else {
                problems.add(rejection(row.row(), Column.MEMBER_ID, sheet,
                        "must name the member: " + Column.MEMBER_ID.header() + " or " + Column.MEMBER_NAME.header()));
                return null;
            }
            if (member.status() == MemberStatus.WITHDRAWN) {
                problems.add(rejection(row.row(), Column.MEMBER_ID, sheet, member.name() + " withdrew on "
                        + member.withdrawnOn() + "; its contacts are read-only"));
                return null;
            }
            return member;
        }

        private static boolean isCalled(Member member, String name) {
            String wanted = ContactDraft.normalise(name);
            return wanted.equals(ContactDraft.normalise(member.name()))
                    || member.formerNames().stream().map(FormerName::name).map(ContactDraft::normalise).anyMatch(wanted::equals);
        }
    }

    /** The rows of one member in the sheet. */
    private static final class Batch {

        final Member member;
        final List<Integer> rows = new ArrayList<>();
        final List<ContactDraft> drafts = new ArrayList<>();
        final List<Integer> draftRows = new ArrayList<>();
        final List<Integer> clearingRows = new ArrayList<>();
        boolean rejected;

        Batch(Member member) {
            this.member = member;
        }

        MemberOutcome outcome(Outcome outcome, ContactsDiff diff, String note) {
            return new MemberOutcome(member.id().value(), member.name(), outcome, diff, rows, note);
        }
    }

}
