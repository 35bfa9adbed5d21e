package io.councilhub.chassis.sheet;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Sheet}: the first non-empty row names the columns, later
 * rows become {@link SheetRow}s numbered as Excel numbers them. A CSV may be what any Excel writes: UTF-8 with or
 * without a byte-order mark ("CSV UTF-8"), UTF-16 with a mark ("Unicode text", tab-separated), or Windows-31J
 * (plain "CSV" on Japanese Windows, i.e. Shift_JIS); comma- or tab-separated. Cells written behind a {@code '}
 * because they looked like formulas are read without it. Bounded: a file over the size or row limit is refused
 * ({@link SheetTooLargeException}, 413) before it is parsed further; a file that is neither readable CSV nor a
 * readable workbook is a 400 naming {@code file}. No message quotes a cell: files carry personal data.
 */
public class SheetReader {

    /** Built-in Excel number formats that are dates (ECMA-376 18.8.30). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36,
            50, 51, 52, 53, 54, 57, 58);
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^;\"\\s]+)");

    private final SheetSettings settings;

    public SheetReader(SheetSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads {@code in} (at most the configured size), detecting its format from its first bytes, then
     * {@code contentType}, then {@code fileName} (either may be {@code null}). A {@code charset} parameter of
     * {@code contentType} is honoured for a CSV without a byte-order mark.
     */
    public Sheet read(InputStream in, String contentType, String fileName, Columns columns) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw new InvalidFieldException("file", "is empty");
        }
        SheetFormat format = SheetFormat.detect(contentType, fileName, Arrays.copyOf(bytes, Math.min(8, bytes.length)));
        return format == SheetFormat.XLSX ? xlsx(bytes, columns) : csv(decode(bytes, declared(contentType)), columns);
    }

    private byte[] readBounded(InputStream in) {
        long limit = settings.maxFileSize().toBytes();
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new SheetTooLargeException("the file is larger than " + settings.maxFileSize());
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The text of a CSV file: a byte-order mark (UTF-8, UTF-16) wins; then a charset the request declared other
     * than UTF-8; then UTF-8 if the bytes are valid UTF-8, else Windows-31J.
     */
    static String decode(byte[] bytes, Charset declared) {
        String text;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            text = new String(bytes, declared);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, WINDOWS_31J);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InvalidFieldException("file", "is not a text file (save it as CSV or XLSX)");
        }
        return text;
    }

    private static Charset declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Tab-separated when the first non-blank line has a tab and no comma (Excel's "Unicode text"). */
    private static char delimiter(String text) {
        String first = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
    }

    private Sheet csv(String text, Columns columns) {
        // Empty lines stay records, so that record numbers are the row numbers Excel shows.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false).get();
        Builder builder = new Builder(SheetFormat.CSV, columns, settings.maxRows());
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
            for (CSVRecord record : parser) {
                String[] values = record.values();
                for (int i = 0; i < values.length; i++) {
                    values[i] = FormulaCells.unescape(values[i] == null ? null : values[i].strip());
                }
                builder.row((int) record.getRecordNumber(), values);
            }
            return builder.sheet();
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            // The parser's own messages may quote a cell; say only where it broke.
            long line = parser == null ? 1 : parser.getCurrentLineNumber();
            throw new InvalidFieldException("file", "is not readable CSV near line " + line + " (a quote left open?)");
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // a StringReader does not fail to close
                }
            }
        }
    }

    private Sheet xlsx(byte[] bytes, Columns columns) {
        Builder builder = new Builder(SheetFormat.XLSX, columns, settings.maxRows());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                String[] values = new String[row.getCellCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = FormulaCells.unescape(text(row.getCell(i)));
                }
                builder.row(row.getRowNum(), values);
            }
            return builder.sheet();
        } catch (SheetTooLargeException | InvalidFieldException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidFieldException("file", "is not a readable XLSX workbook (save it again from Excel?)");
        }
    }

    /** A cell as text: dates as {@code yyyy-MM-dd}, whole numbers without a decimal point (codes typed as numbers). */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case STRING, FORMULA, BOOLEAN -> cell.getText();
            case EMPTY -> null;
            case ERROR -> cell.getRawValue();
        };
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String pattern = cell.getDataFormatString();
        if (pattern == null) {
            return false;
        }
        String unquoted = pattern.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase();
        return unquoted.contains("y") || unquoted.contains("d") || unquoted.contains("e");
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    /** Collects the header and the rows, resolving column aliases and enforcing the row limit. */
    private static final class Builder {

        private final SheetFormat format;
        private final Columns columns;
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private final Map<String, String> written = new HashMap<>();
        private List<String> header;

        Builder(SheetFormat format, Columns columns, int maxRows) {
            this.format = format;
            this.columns = columns;
            this.maxRows = maxRows;
        }

        void row(int number, String[] values) {
            if (Arrays.stream(values).allMatch(Builder::blank)) {
                return;
            }
            if (header == null) {
                header = header(values);
                return;
            }
            if (rows.size() == maxRows) {
                throw new SheetTooLargeException("the file has more than " + maxRows + " rows");
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < values.length && i < header.size(); i++) {
                if (header.get(i) != null && !blank(values[i])) {
                    cells.put(header.get(i), values[i].strip());
                }
            }
            rows.add(new SheetRow(number, cells));
        }

        private List<String> header(String[] values) {
            List<String> names = new ArrayList<>();
            for (String value : values) {
                String name = blank(value) ? null : columns.resolve(value);
                if (name != null && names.contains(name)) {
                    throw new InvalidFieldException("file", "the column " + value.strip() + " appears twice in the header");
                }
                names.add(name);
                if (name != null) {
                    written.put(name, value.strip());
                }
            }
            return names;
        }

        Sheet sheet() {
            if (header == null) {
                throw new InvalidFieldException("file", "has no header row");
            }
            return new Sheet(format, header.stream().filter(name -> name != null).toList(), rows, written);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
