package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.sheet.Sheet;
import io.councilhub.chassis.sheet.SheetRow;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports an existing distribution list (the packet's 配信先一覧) into the newsletter list, in order of
 * registration (the {@code no} column if there is one, else file order; the report lists rows in that order). A dry
 * run only reports. An
 * address already on the list is UNCHANGED (or UPDATED when its details differ), so importing the same
 * file twice adds nobody; an address that unsubscribed or is suppressed is never re-added. A real run
 * with a rejected row changes nothing (400 with every row's errors).
 */
@Component
public class SubscriberImport {

    private final SubscriberRecords records;
    private final Suppressions suppressions;
    private final Clock clock = Clock.systemUTC();

    SubscriberImport(SubscriberRecords records, Suppressions suppressions) {
        this.records = records;
        this.suppressions = suppressions;
    }

    public ImportReport run(MailingList list, Sheet sheet, boolean dryRun) {
        if (list != MailingList.NEWSLETTER) {
            throw new InvalidFieldException("list", "会員・役員の一覧は会員名簿から自動で作られます。取り込めるのは newsletter のみです (only the newsletter list can be imported)");
        }
        if (!sheet.has("email")) {
            throw new InvalidFieldException("file", "メールアドレスの列がありません (the file has no e-mail column)");
        }
        List<Planned> plan = plan(list, sheet);
        List<ImportReport.RowResult> results = plan.stream().map(Planned::result).toList();
        ImportReport report = new ImportReport(list.slug(), dryRun, false, ImportReport.Summary.of(results), results);
        if (dryRun) {
            return report;
        }
        if (report.summary().rejected() > 0) {
            throw new ImportRejectedException(report);
        }
        long position = records.findTopByListOrderByPositionDesc(list).map(Subscriber::position).orElse(0L);
        List<ImportReport.RowResult> applied = new ArrayList<>();
        for (Planned planned : plan) {
            Subscriber entry = planned.entry();
            if (planned.result().outcome() == ImportReport.Outcome.CREATED) {
                entry = Subscriber.enrol(list, planned.email(), planned.person(), ++position, Subscriber.Source.IMPORT,
                        null, clock.instant());
                entry = records.save(entry);
            } else if (planned.result().outcome() == ImportReport.Outcome.UPDATED) {
                entry.describe(planned.person());
                entry = records.save(entry);
            }
            ImportReport.RowResult result = planned.result();
            applied.add(new ImportReport.RowResult(result.row(), result.outcome(), entry == null ? null : entry.id(),
                    result.email(), result.notes(), result.errors()));
        }
        return new ImportReport(list.slug(), false, true, ImportReport.Summary.of(applied), applied);
    }

    private List<Planned> plan(MailingList list, Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>(sheet.rows());
        if (sheet.has("no")) {
            rows.sort(Comparator.comparing((SheetRow row) -> orderOf(row)).thenComparing(SheetRow::number));
        }
        Set<String> seen = new HashSet<>();
        List<Planned> plan = new ArrayList<>();
        for (SheetRow row : rows) {
            List<ImportReport.RowError> errors = new ArrayList<>();
            String raw = row.get("email");
            Email email = null;
            if (raw == null) {
                errors.add(new ImportReport.RowError(row.number(), "email", "メールアドレスがありません (e-mail is missing)"));
            } else {
                try {
                    email = Email.of(raw);
                } catch (IllegalArgumentException notAnAddress) {
                    errors.add(new ImportReport.RowError(row.number(), "email", "メールアドレスの形式ではありません (not an e-mail address)"));
                }
            }
            if (email != null && !seen.add(Subscriber.key(email))) {
                errors.add(new ImportReport.RowError(row.number(), "email", "ファイル内で重複しています (the address appears twice in the file)"));
            }
            String language = row.get("language");
            if (language != null && !language.strip().toLowerCase().matches("ja|en|日本語|english|英語")) {
                errors.add(new ImportReport.RowError(row.number(), "language", "言語は ja か en です (language is ja or en)"));
            }
            if (row.get("no") != null && orderOf(row) == Long.MAX_VALUE) {
                errors.add(new ImportReport.RowError(row.number(), "no", "受付順は数字です (no is a number)"));
            }
            Subscriber.Person person = new Subscriber.Person(row.get("name"), row.get("organisation"),
                    row.get("department"), language != null && language.strip().toLowerCase().matches("en|english|英語")
                    ? Language.EN : Language.JA);
            if (!errors.isEmpty()) {
                plan.add(new Planned(null, null, person, new ImportReport.RowResult(row.number(),
                        ImportReport.Outcome.REJECTED, null, raw, List.of(), errors)));
                continue;
            }
            Subscriber existing = records.findByListAndAddress(list, Subscriber.key(email)).orElse(null);
            ImportReport.Outcome outcome;
            List<String> notes = new ArrayList<>();
            if (existing == null) {
                if (suppressions.isSuppressed(email) || suppressions.isSuppressed(email, list)) {
                    outcome = ImportReport.Outcome.UNCHANGED;
                    notes.add("配信停止済みのため追加しません (the address unsubscribed or is suppressed: not added)");
                } else {
                    outcome = ImportReport.Outcome.CREATED;
                }
            } else if (!existing.person().equals(person)) {
                outcome = ImportReport.Outcome.UPDATED;
                notes.add("登録済み: 氏名・所属を更新します (already on the list: details corrected)");
            } else {
                outcome = ImportReport.Outcome.UNCHANGED;
                if (!existing.active()) {
                    notes.add("状態: " + existing.status());
                }
            }
            plan.add(new Planned(email, existing, person, new ImportReport.RowResult(row.number(), outcome,
                    existing == null ? null : existing.id(), email.value(), notes, List.of())));
        }
        return plan;
    }

    private static long orderOf(SheetRow row) {
        String no = row.get("no");
        if (no == null) {
            return Long.MAX_VALUE - 1;
        }
        try {
            return Long.parseLong(no.replaceAll("[^0-9]", "").isEmpty() ? "x" : no.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
    }

    private record Planned(Email email, Subscriber entry, Subscriber.Person person, ImportReport.RowResult result) {
    }
}
