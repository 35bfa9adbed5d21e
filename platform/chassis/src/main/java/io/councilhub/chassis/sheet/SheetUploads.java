package io.councilhub.chassis.sheet;

import io.councilhub.chassis.domain.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the sheet a request carries: the {@code file} part of a {@code multipart/form-data} request, or the
 * whole body (sent as {@code text/csv}, the XLSX media type or anything else: the bytes decide). Take the part
 * as {@code @RequestParam(name = "file", required = false) MultipartFile file} and pass the request along.
 */
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
