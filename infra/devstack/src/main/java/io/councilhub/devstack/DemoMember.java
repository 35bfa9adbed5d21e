package io.councilhub.devstack;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the demo member roll ({@code demo/members.csv}, in membership's import format): who joined, in which
 * category, when, and when they left if they did.
 */
record DemoMember(String name, String category, LocalDate admittedOn, LocalDate withdrawnOn) {

    static final Set<String> CATEGORIES = Set.of("PREFECTURE", "MUNICIPALITY", "COMPANY", "ACADEMIA", "ORGANIZATION");

    DemoMember {
        if (name.isBlank() || !CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("bad member '" + name + "' in category '" + category + "'");
        }
        if (withdrawnOn != null && withdrawnOn.isBefore(admittedOn)) {
            throw new IllegalArgumentException(name + " withdraws before it is admitted");
        }
    }

    /** Whether the member is still in the council on {@code day}. */
    boolean isActiveOn(LocalDate day) {
        return !admittedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    /** The import file's category labels (区分) and the enum names they stand for. */
    static final Map<String, String> LABELS = Map.of("県", "PREFECTURE", "市町村", "MUNICIPALITY", "民間企業", "COMPANY",
            "大学", "ACADEMIA", "団体", "ORGANIZATION");

    /** The roll file's bytes, as it is uploaded to membership's import. */
    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = DemoMember.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the classpath");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Reads the roll as membership's import reads it: a header row (名称,ふりがな,区分,団体コード,住所,入会日,退会日,
     * 退会理由), then one member per line; no cell of the demo roll holds a comma or a quote.
     */
    static List<DemoMember> load(String resource) throws IOException {
        List<DemoMember> members = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(bytes(resource)), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").startsWith("名称,ふりがな,区分,団体コード,住所,入会日,退会日")) {
                throw new IOException(resource + ": expected the header 名称,ふりがな,区分,団体コード,住所,入会日,退会日,退会理由");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 8) {
                    throw new IOException(resource + ":" + number + ": expected eight cells");
                }
                try {
                    members.add(new DemoMember(cells[0].strip(), LABELS.getOrDefault(cells[2].strip(), cells[2].strip()),
                            LocalDate.parse(cells[5].strip()),
                            cells[6].isBlank() ? null : LocalDate.parse(cells[6].strip())));
                } catch (DateTimeParseException | IllegalArgumentException bad) {
                    throw new IOException(resource + ":" + number + ": " + bad.getMessage(), bad);
                }
            }
        }
        return members;
    }
}
