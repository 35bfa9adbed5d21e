package io.councilhub.chassis.sheet;

import io.councilhub.chassis.domain.InvalidFieldException;

import java.util.Locale;

/** The two file formats sheets are exchanged in. */
public enum SheetFormat {

    /**
     * Comma- (or tab-) separated values: written in UTF-8 with a BOM for Excel, read in UTF-8, UTF-16 or
     * Windows-31J (see {@link SheetReader}).
     */
    CSV("text/csv", "csv"),
    /** An Office Open XML workbook; the first sheet is read. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, as a query parameter names it; anything else is a 400 naming {@code field}. */
    public static SheetFormat named(String name, String field) {
        if (name != null) {
            for (SheetFormat format : values()) {
                if (format.extension.equalsIgnoreCase(name.strip())) {
                    return format;
                }
            }
        }
        throw new InvalidFieldException(field, "must be csv or xlsx");
    }

    /**
     * What a file is, from its first bytes first (an XLSX is a zip: {@code PK\3\4}), then its content type,
     * then its name. An old binary {@code .xls} or a zip declared as CSV is refused with a 400 naming {@code file}.
     *
     * @param head the file's first bytes (at least four when it has them)
     */
    public static SheetFormat detect(String contentType, String fileName, byte[] head) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, OLE2) || name.endsWith(".xls")) {
            throw new InvalidFieldException("file", "an old .xls workbook cannot be read; save it as .xlsx or CSV");
        }
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (type.startsWith(XLSX.mediaType) || name.endsWith(".xlsx")) {
            throw new InvalidFieldException("file", "is declared as an XLSX workbook but is not one (no zip header)");
        }
        return CSV;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head == null || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
