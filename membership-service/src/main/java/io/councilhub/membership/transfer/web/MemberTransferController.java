package io.councilhub.membership.transfer.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.web.Problems;
import io.councilhub.chassis.sheet.Sheet;
import io.councilhub.chassis.sheet.SheetFormat;
import io.councilhub.chassis.sheet.SheetWriter;
import io.councilhub.chassis.sheet.SheetUploads;
import io.councilhub.membership.transfer.ImportRejectedException;
import io.councilhub.membership.transfer.ImportReport;
import io.councilhub.membership.transfer.MemberColumns;
import io.councilhub.membership.transfer.MemberExport;
import io.councilhub.membership.transfer.MemberImport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /api/members/import} and {@code /api/members/export}: the secretariat imports the roll from a CSV or
 * XLSX file (first with {@code dryRun=true} to see the plan), and exports it in the same columns.
 */
@RestController
@RequestMapping("/api/members")
class MemberTransferController {

    private final MemberImport memberImport;
    private final MemberExport memberExport;
    private final SheetUploads uploads;

    MemberTransferController(MemberImport memberImport, MemberExport memberExport, SheetUploads uploads) {
        this.memberImport = memberImport;
        this.memberExport = memberExport;
        this.uploads = uploads;
    }

    /** The file as the {@code file} part of a multipart form, or as the body (text/csv or the XLSX type). */
    @PostMapping("/import")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ImportReport importRoll(@RequestParam(defaultValue = "true") boolean dryRun,
                            @RequestParam(name = "file", required = false) MultipartFile file,
                            HttpServletRequest request) {
        Sheet sheet = uploads.read(file, request, MemberColumns.COLUMNS);
        return memberImport.run(sheet, dryRun);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
    ResponseEntity<byte[]> exportRoll(@RequestParam(defaultValue = "csv") String format,
                                      @RequestParam(required = false) FiscalYear fiscalYear) {
        SheetFormat sheetFormat = SheetFormat.named(format, "format");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(sheetFormat, "会員名簿", memberExport.header(), memberExport.rows(fiscalYear), out);
        String fileName = "members" + (fiscalYear == null ? "" : "-" + fiscalYear.startYear()) + "." + sheetFormat.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(sheetFormat == SheetFormat.CSV
                        ? "text/csv;charset=UTF-8" : sheetFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** A real import with rejected rows: 400 with every row's errors; nothing was changed. */
    @RestControllerAdvice(assignableTypes = MemberTransferController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class RejectedImport {

        @ExceptionHandler(ImportRejectedException.class)
        ProblemDetail rejected(ImportRejectedException exception) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "import-rejected",
                    "取り込めない行があります (Rows cannot be imported)", exception.getMessage());
            ImportReport report = exception.report();
            List<ImportReport.RowError> errors = report.rows().stream().flatMap(row -> row.errors().stream()).toList();
            problem.setProperty("errors", errors);
            problem.setProperty("summary", report.summary());
            return problem;
        }
    }
}
