package io.councilhub.membership.contact.web;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetUploads;
import io.councilhub.membership.contact.ContactBook;
import io.councilhub.membership.contact.ContactChange;
import io.councilhub.membership.contact.ContactSheet;
import io.councilhub.membership.contact.ContactsDiff;
import io.councilhub.membership.contact.FieldChange;
import io.councilhub.membership.contact.PersonnelChange;
import io.councilhub.membership.contact.PersonnelChangeReport;
import io.councilhub.membership.contact.PersonnelChangeReport.MemberOutcome;
import io.councilhub.membership.contact.PersonnelChangeReport.Outcome;
import io.councilhub.membership.contact.PersonnelChangeReport.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /api/contacts}: the secretariat's sheet of every member's contacts. The export is a CSV file
 * (UTF-8 with a byte-order mark, as Excel opens it) or, with {@code format=xlsx}, a workbook; the personnel
 * change (人事異動) reads the same columns back from either, previews what it would change
 * ({@code dryRun=true}, the default) or applies it.
 */
@RestController
@RequestMapping("/api/contacts")
@PreAuthorize("hasRole('SECRETARIAT')")
class ContactSheetController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final ContactBook book;
    private final PersonnelChange personnelChange;
    private final SheetUploads uploads;

    ContactSheetController(ContactBook book, PersonnelChange personnelChange, SheetUploads uploads) {
        this.book = book;
        this.personnelChange = personnelChange;
        this.uploads = uploads;
    }

    /**
     * The file (CSV or XLSX) as the {@code file} part of a multipart form, or as the request body; a body's
     * {@code charset}, if named, is honoured for a CSV without a byte-order mark.
     */
    @PostMapping("/personnel-change")
    PersonnelChangeView personnelChange(@RequestParam(defaultValue = "true") boolean dryRun,
                                        @RequestParam(name = "file", required = false) MultipartFile file,
                                        HttpServletRequest request) {
        ContactSheet.Sheet sheet = ContactSheet.read(uploads.read(file, request, ContactSheet.COLUMNS));
        return PersonnelChangeView.of(personnelChange.run(sheet, dryRun));
    }

    /** Every contact of every member that has not withdrawn; {@code format} is {@code csv} (default) or {@code xlsx}. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        SheetFormat sheetFormat = SheetFormat.named(format, "format");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactSheet.write(book.sheet(), sheetFormat, out);
        String filename = "contacts-" + LocalDate.now(TOKYO) + "." + sheetFormat.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(sheetFormat == SheetFormat.CSV
                        ? "text/csv;charset=UTF-8" : sheetFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out.toByteArray());
    }

    record Summary(long membersChanged, long membersUnchanged, long membersSkipped, long membersInConflict,
                   long contactsAdded, long contactsRemoved, long contactsChanged, long rejectedRows) {
    }

    record ChangedContact(String id, String name, List<FieldChange> fields) {

        static ChangedContact of(ContactChange change) {
            return new ChangedContact(change.after().id(), change.after().name(), change.fields());
        }

        @Override
        public String toString() {
            return "ChangedContact[id=" + id + ", name=" + PersonalData.name(name) + ", fields=" + fields + "]";
        }
    }

    record MemberView(String memberId, String memberName, Outcome outcome, List<Integer> rows, String note,
                      List<ContactView> added, List<ContactView> removed, List<ChangedContact> changed,
                      List<ContactView> unchanged) {

        /** On a dry run the contacts that would be added have no id yet. */
        static MemberView of(MemberOutcome outcome, boolean dryRun) {
            ContactsDiff diff = outcome.diff();
            if (diff == null) {
                return new MemberView(outcome.memberId(), outcome.memberName(), outcome.outcome(), outcome.rows(),
                        outcome.note(), List.of(), List.of(), List.of(), List.of());
            }
            return new MemberView(outcome.memberId(), outcome.memberName(), outcome.outcome(), outcome.rows(),
                    outcome.note(), diff.added().stream().map(ContactView::of)
                    .map(added -> dryRun ? added.withoutId() : added).toList(),
                    diff.removed().stream().map(ContactView::of).toList(),
                    diff.changed().stream().map(ChangedContact::of).toList(),
                    diff.unchanged().stream().map(ContactView::of).toList());
        }
    }

    /** The report; {@code message} says in a line what happened, for the screen. */
    record PersonnelChangeView(boolean dryRun, boolean applied, String message, int rows, Summary summary,
                               List<MemberView> members, List<Rejection> rejected) {

        static PersonnelChangeView of(PersonnelChangeReport report) {
            List<MemberView> members = report.members().stream()
                    .map(member -> MemberView.of(member, report.dryRun())).toList();
            Summary summary = new Summary(report.count(Outcome.CHANGED), report.count(Outcome.UNCHANGED),
                    report.count(Outcome.SKIPPED), report.count(Outcome.CONFLICT),
                    members.stream().mapToLong(member -> member.added().size()).sum(),
                    members.stream().mapToLong(member -> member.removed().size()).sum(),
                    members.stream().mapToLong(member -> member.changed().size()).sum(),
                    report.rejected().stream().mapToInt(Rejection::row).distinct().count());
            String counts = "変更 " + summary.membersChanged() + " 団体、変更なし " + summary.membersUnchanged()
                    + " 団体、保留 " + summary.membersSkipped() + " 団体、不備 " + summary.rejectedRows() + " 行";
            String message = report.dryRun()
                    ? "確認のみ（まだ反映していません）: " + counts
                    : "反映しました: " + counts + (summary.membersInConflict() > 0
                    ? "、同時更新で未反映 " + summary.membersInConflict() + " 団体（もう一度実行してください）" : "");
            return new PersonnelChangeView(report.dryRun(), !report.dryRun(), message, report.rows(), summary,
                    members, report.rejected());
        }
    }
}
