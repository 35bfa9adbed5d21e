package io.councilhub.membership.sheet.web;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.membership.sheet.Columns;
import io.councilhub.membership.sheet.Sheet;
import io.councilhub.membership.sheet.SheetReader;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the sheet a request carries: the {@code file} part of a {@code multipart/form-data} request, or the
 * whole body sent as {@code text/csv} or as the XLSX media type.
 */
@Component
public class SheetUploads {

    private final SheetReader reader;

    SheetUploads(SheetReader reader) {
        this.reader = reader;
    }

    /** @param file the multipart {@code file} part, or {@code null} when the body is the file itself */
    public Sheet read(MultipartFile file, HttpServletRequest request, Columns columns) {
        String requestType = request.getContentType();
        if (file == null && requestType != null && requestType.toLowerCase().startsWith("multipart/")) {
            throw new InvalidFieldException("file", "the multipart request has no part named file");
        }
        try (InputStream in = file != null ? file.getInputStream() : request.getInputStream()) {
            return file != null
                    ? reader.read(in, file.getContentType(), file.getOriginalFilename(), columns)
                    : reader.read(in, requestType, null, columns);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
