package io.councilhub.gateway.dashboard.members;

import java.io.Serializable;

/** A roll file whose dry run the user has seen, kept in the session until it is applied or replaced. */
record PendingImport(String fileName, String contentType, byte[] content) implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingImport.class.getName();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The media type the service reads a file as: by its name, as the browser's guess is often wrong for CSV. */
    static String contentTypeOf(String fileName, String declared) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return "text/csv";
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return declared == null || declared.isBlank() ? "application/octet-stream" : declared;
    }
}
