package io.councilhub.membership.transfer;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.membership.member.FormerName;
import io.councilhub.membership.member.LocalGovernmentCode;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberStatus;
import io.councilhub.membership.member.Members;
import io.councilhub.membership.member.RollVersion;
import io.councilhub.chassis.sheet.Sheet;
import io.councilhub.chassis.sheet.SheetRow;
import io.councilhub.membership.transfer.ImportReport.Change;
import io.councilhub.membership.transfer.ImportReport.RowError;
import io.councilhub.membership.transfer.ImportReport.RowResult;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.councilhub.membership.transfer.MemberColumns.ADDRESS;
import static io.councilhub.membership.transfer.MemberColumns.ADMITTED_ON;
import static io.councilhub.membership.transfer.MemberColumns.CATEGORY;
import static io.councilhub.membership.transfer.MemberColumns.LOCAL_GOVERNMENT_CODE;
import static io.councilhub.membership.transfer.MemberColumns.ID;
import static io.councilhub.membership.transfer.MemberColumns.NAME;
import static io.councilhub.membership.transfer.MemberColumns.NAME_KANA;
import static io.councilhub.membership.transfer.MemberColumns.WITHDRAWAL_REASON;
import static io.councilhub.membership.transfer.MemberColumns.WITHDRAWN_ON;

/**
 * Imports the roll from a sheet. Each row is matched to a member by its id (会員ID, as exported) when it has
 * one, else by its local-government code, else by its exact name (current or former), preferring the active
 * member where an organisation that left and rejoined has two records; then it admits a new member (and withdraws it too,
 * for a history row with a withdrawal date), corrects an existing member's reading, code or address,
 * withdraws it, or leaves it as it is. A blank cell keeps what the roll has.
 * <p>
 * The plan is made on the members as loaded once, in memory; a dry run stops there. A real run saves it only
 * when no row is rejected (otherwise nothing changes): new members in bulk inserts, each document carrying its
 * {@code MemberAdmitted} (and {@code MemberWithdrawn}) in its outbox, changed members one save each. Importing
 * the same file again plans nothing but UNCHANGED rows, so it writes and publishes nothing.
 */
@Service
public class MemberImport {

    private static final int INSERT_BATCH = 1000;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

    private final Members members;
    private final RollVersion rollVersion;

    MemberImport(Members members, RollVersion rollVersion) {
        this.members = members;
        this.rollVersion = rollVersion;
    }

    public ImportReport run(Sheet sheet, boolean dryRun) {
        if (!sheet.has(NAME)) {
            throw new InvalidFieldException("file", "has no column 名称 (name); the header row names the columns: "
                    + String.join(", ", MemberColumns.names().stream().map(MemberColumns.COLUMNS::label).toList()));
        }
        Plan plan = new Plan(sheet, members.findAll());
        sheet.rows().forEach(plan::row);
        List<RowResult> results = plan.results;
        ImportReport report = new ImportReport(dryRun, false, ImportReport.Summary.of(results), results);
        if (dryRun) {
            return report;
        }
        if (report.summary().rejected() > 0) {
            throw new ImportRejectedException(report);
        }
        rollVersion.batch(() -> {
            for (int from = 0; from < plan.created.size(); from += INSERT_BATCH) {
                members.insert(plan.created.subList(from, Math.min(plan.created.size(), from + INSERT_BATCH)));
            }
            return members.saveAll(plan.updated);
        });
        return new ImportReport(false, true, report.summary(), results);
    }

    /** The roll as loaded, indexed for matching, and what the rows do to it. */
    private static final class Plan {

        private final Sheet sheet;
        private final Map<String, Member> byId = new HashMap<>();
        private final Map<String, Member> byCode = new HashMap<>();
        private final Map<String, Member> byName = new HashMap<>();
        private final Map<String, Integer> rowOfMember = new HashMap<>();
        private final List<Member> created = new ArrayList<>();
        private final List<Member> updated = new ArrayList<>();
        private final List<RowResult> results = new ArrayList<>();

        Plan(Sheet sheet, List<Member> roll) {
            this.sheet = sheet;
            // Active members last, so an organisation that withdrew and rejoined matches its current membership.
            roll = roll.stream().filter(member -> member.status() == MemberStatus.ACTIVE || member.status() == MemberStatus.WITHDRAWN)
                    .sorted(java.util.Comparator.comparing(member -> member.status() == MemberStatus.ACTIVE)).toList();
            for (Member member : roll) {
                byId.put(member.id().value(), member);
                if (member.localGovernmentCode() != null) {
                    byCode.put(member.localGovernmentCode(), member);
                }
                for (FormerName former : member.formerNames()) {
                    byName.putIfAbsent(former.name(), member);
                }
            }
            roll.forEach(member -> byName.put(member.name(), member));
        }

        void row(SheetRow row) {
            Fields fields = new Fields(row);
            String name = fields.text(NAME);
            LocalGovernmentCode code = fields.code();
            MemberCategory category = fields.category();
            LocalDate admittedOn = fields.date(ADMITTED_ON);
            LocalDate withdrawnOn = fields.date(WITHDRAWN_ON);
            String reason = fields.text(WITHDRAWAL_REASON);
            if (name == null) {
                fields.reject(NAME, "must not be blank");
            }
            if (!fields.errors.isEmpty()) {
                rejected(row, null, name, fields.errors);
                return;
            }
            String id = fields.text(ID);
            Member existing = id != null ? byId.get(id) : code == null ? null : byCode.get(code.value());
            if (id != null && existing == null) {
                fields.reject(ID, "no member of the roll has this id; leave it blank for a new member");
                rejected(row, null, name, fields.errors);
                return;
            }
            if (existing == null) {
                existing = byName.get(name);
            }
            String key = existing != null ? existing.id().value() : "new:" + (code != null ? code.value() : name);
            Integer earlier = rowOfMember.putIfAbsent(key, row.number());
            if (earlier != null) {
                fields.reject(code != null ? LOCAL_GOVERNMENT_CODE : NAME, "the same member as row " + earlier);
                rejected(row, existing, name, fields.errors);
                return;
            }
            if (existing == null) {
                admit(row, fields, name, code, category, admittedOn, withdrawnOn, reason);
            } else {
                update(row, fields, existing, name, code, category, admittedOn, withdrawnOn, reason);
            }
        }

        private void admit(SheetRow row, Fields fields, String name, LocalGovernmentCode code, MemberCategory category,
                           LocalDate admittedOn, LocalDate withdrawnOn, String reason) {
            if (category == null) {
                fields.reject(CATEGORY, "must be given for a new member: " + MemberColumns.accepted());
            }
            if (admittedOn == null) {
                fields.reject(ADMITTED_ON, "must be given for a new member (yyyy-MM-dd)");
            }
            if (withdrawnOn != null && reason == null) {
                fields.reject(WITHDRAWAL_REASON, "must be given with 退会日 (withdrawnOn)");
            }
            if (!fields.errors.isEmpty()) {
                rejected(row, null, name, fields.errors);
                return;
            }
            try {
                Member member = Member.admit(name, fields.text(NAME_KANA), category, admittedOn, code, fields.text(ADDRESS));
                if (withdrawnOn != null) {
                    member.withdraw(withdrawnOn, reason);
                }
                created.add(member);
                byName.put(name, member);
                results.add(new RowResult(row.number(), ImportOutcome.CREATED, member.id().value(), name, List.of(), List.of()));
            } catch (InvalidFieldException invalid) {
                fields.reject(invalid.field(), invalid.getMessage());
                rejected(row, null, name, fields.errors);
            }
        }

        private void update(SheetRow row, Fields fields, Member member, String name, LocalGovernmentCode code,
                            MemberCategory category, LocalDate admittedOn, LocalDate withdrawnOn, String reason) {
            if (!name.equals(member.name()) && member.formerNames().stream().noneMatch(former -> former.name().equals(name))) {
                fields.reject(NAME, "the roll has " + member.name() + " under this code; rename the member first");
            }
            if (code != null && member.localGovernmentCode() != null && !code.value().equals(member.localGovernmentCode())) {
                fields.reject(LOCAL_GOVERNMENT_CODE, "the roll has " + member.localGovernmentCode() + " for " + member.name());
            }
            if (category != null && category != member.category()) {
                fields.reject(CATEGORY, "the roll has " + MemberColumns.label(member.category())
                        + "; an import does not change a member's category");
            }
            if (admittedOn != null && !admittedOn.equals(member.admittedOn())) {
                fields.reject(ADMITTED_ON, "the roll has " + member.admittedOn() + "; an import does not change it");
            }
            boolean withdraws = false;
            if (member.status() == MemberStatus.WITHDRAWN) {
                if (withdrawnOn != null && !withdrawnOn.equals(member.withdrawnOn())) {
                    fields.reject(WITHDRAWN_ON, "withdrew on " + member.withdrawnOn() + " already");
                } else if (withdrawnOn == null && sheet.has(WITHDRAWN_ON)) {
                    fields.reject(WITHDRAWN_ON, "withdrew on " + member.withdrawnOn() + "; an import does not readmit");
                }
            } else if (withdrawnOn != null) {
                withdraws = true;
                if (withdrawnOn.isBefore(member.admittedOn())) {
                    fields.reject(WITHDRAWN_ON, "must not be before the admission on " + member.admittedOn());
                }
                if (reason == null) {
                    fields.reject(WITHDRAWAL_REASON, "must be given with 退会日 (withdrawnOn)");
                }
            }
            String kana = or(fields.text(NAME_KANA), member.nameKana());
            String address = or(fields.text(ADDRESS), member.address());
            String codeValue = code != null ? code.value() : member.localGovernmentCode();
            if (!fields.errors.isEmpty()) {
                rejected(row, member, name, fields.errors);
                return;
            }
            List<Change> changes = new ArrayList<>();
            change(changes, NAME_KANA, member.nameKana(), kana);
            change(changes, LOCAL_GOVERNMENT_CODE, member.localGovernmentCode(), codeValue);
            change(changes, ADDRESS, member.address(), address);
            try {
                if (!changes.isEmpty()) {
                    member.correct(kana, codeValue == null ? null : new LocalGovernmentCode(codeValue), address);
                }
                if (withdraws) {
                    change(changes, WITHDRAWN_ON, null, withdrawnOn.toString());
                    change(changes, WITHDRAWAL_REASON, member.withdrawalReason(), reason);
                    member.withdraw(withdrawnOn, reason);
                }
            } catch (InvalidFieldException | RuleViolationException refused) {
                fields.reject(refused instanceof InvalidFieldException invalid ? invalid.field() : WITHDRAWN_ON,
                        refused.getMessage());
                rejected(row, member, name, fields.errors);
                return;
            }
            if (changes.isEmpty()) {
                results.add(new RowResult(row.number(), ImportOutcome.UNCHANGED, member.id().value(), member.name(),
                        List.of(), List.of()));
            } else {
                updated.add(member);
                results.add(new RowResult(row.number(), ImportOutcome.UPDATED, member.id().value(), member.name(),
                        changes, List.of()));
            }
        }

        private void rejected(SheetRow row, Member member, String name, List<RowError> errors) {
            results.add(new RowResult(row.number(), ImportOutcome.REJECTED, member == null ? null : member.id().value(),
                    name, List.of(), List.copyOf(errors)));
        }

        private static void change(List<Change> changes, String field, String from, String to) {
            if (!Objects.equals(from, to)) {
                changes.add(new Change(field, from, to));
            }
        }

        private static String or(String given, String current) {
            return given != null ? given : current;
        }
    }

    /** The cells of one row, parsed, with every problem noted against its column. */
    private static final class Fields {

        private final SheetRow row;
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, String> cache = new LinkedHashMap<>();

        Fields(SheetRow row) {
            this.row = row;
        }

        String text(String column) {
            return cache.computeIfAbsent(column, row::get);
        }

        void reject(String field, String message) {
            errors.add(new RowError(row.number(), field, message));
        }

        LocalGovernmentCode code() {
            String text = text(LOCAL_GOVERNMENT_CODE);
            if (text == null) {
                return null;
            }
            try {
                return new LocalGovernmentCode(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
            } catch (InvalidFieldException invalid) {
                reject(LOCAL_GOVERNMENT_CODE, invalid.getMessage());
                return null;
            }
        }

        MemberCategory category() {
            String text = text(CATEGORY);
            if (text == null) {
                return null;
            }
            MemberCategory category = MemberColumns.category(text);
            if (category == null) {
                reject(CATEGORY, "must be one of " + MemberColumns.accepted());
            }
            return category;
        }

        LocalDate date(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(normalised, format);
                } catch (DateTimeParseException next) {
                    // try the next way of writing a date
                }
            }
            reject(column, "must be a date such as 2022-04-01 or 2022/4/1");
            return null;
        }
    }
}
