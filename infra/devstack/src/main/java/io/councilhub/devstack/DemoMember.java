package io.councilhub.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of the demo member roll ({@code demo/members.csv}): who joined, in which category, when, and when they
 * left if they did.
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

    /** Reads the roll from the classpath; blank lines, {@code #} comments and the header are skipped. */
    static List<DemoMember> load(String resource) throws IOException {
        InputStream in = DemoMember.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no " + resource + " on the classpath");
        }
        List<DemoMember> members = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("name,")) {
                    continue;
                }
                String[] cells = trimmed.split(",", -1);
                if (cells.length != 4) {
                    throw new IOException(resource + ":" + number + ": expected name,category,admittedOn,withdrawnOn");
                }
                try {
                    members.add(new DemoMember(cells[0].strip(), cells[1].strip(), LocalDate.parse(cells[2].strip()),
                            cells[3].isBlank() ? null : LocalDate.parse(cells[3].strip())));
                } catch (DateTimeParseException | IllegalArgumentException bad) {
                    throw new IOException(resource + ":" + number + ": " + bad.getMessage(), bad);
                }
            }
        }
        return members;
    }
}
