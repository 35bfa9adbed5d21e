package io.councilhub.membership.sheet;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Sheet}: the first non-empty row names the columns, later
 * rows become {@link SheetRow}s numbered as Excel numbers them. Bounded: a file over the size or row limit is
 * refused ({@link SheetTooLargeException}, 413) before it is parsed further; a file that is not UTF-8 CSV or
 * a readable workbook is a 400 naming {@code file}.
 */
@Component
public class SheetReader {

    /** Built-in Excel number formats that are dates (ECMA-376 18.8.30). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36,
            50, 51, 52, 53, 54, 57, 58);

    private final SheetSettings settings;

    public SheetReader(SheetSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads {@code in} (at most the configured size), detecting its format from its first bytes, then
     * {@code contentType}, then {@code fileName} (either may be {@code null}).
     */
    public Sheet read(InputStream in, String contentType, String fileName, Columns columns) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw new InvalidFieldException("file", "is empty");
        }
        SheetFormat format = SheetFormat.detect(contentType, fileName, Arrays.copyOf(bytes, Math.min(8, bytes.length)));
        return format == SheetFormat.XLSX ? xlsx(bytes, columns) : csv(bytes, columns);
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

    private Sheet csv(byte[] bytes, Columns columns) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidFieldException("file",
                    "is not UTF-8 text (Excel: save as \"CSV UTF-8\", not \"CSV\" which is Shift_JIS)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Builder builder = new Builder(SheetFormat.CSV, columns, settings.maxRows());
            for (CSVRecord record : parser) {
                builder.row((int) record.getRecordNumber(), record.values());
            }
            return builder.sheet();
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new InvalidFieldException("file", "is not valid CSV: " + malformed.getMessage());
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
                    values[i] = text(row.getCell(i));
                }
                builder.row(row.getRowNum(), values);
            }
            return builder.sheet();
        } catch (SheetTooLargeException | InvalidFieldException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidFieldException("file", "is not a readable XLSX workbook: " + unreadable.getMessage());
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
            }
            return names;
        }

        Sheet sheet() {
            if (header == null) {
                throw new InvalidFieldException("file", "has no header row");
            }
            return new Sheet(format, header.stream().filter(name -> name != null).toList(), rows);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
