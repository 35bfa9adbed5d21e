package io.councilhub.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of the demo officer roster ({@code demo/officers-2022.csv}): the role, the member organisation by its name
 * on the roll, and the organisation, department, title, person and change reason as the packet prints them.
 */
record DemoOfficer(String role, String member, String organisation, String department, String title, String person,
                   String reason) {

    /** The FY2022 roster of the packet's 報告1. */
    static final String ROSTER_2022 = "/demo/officers-2022.csv";

    static final Set<String> ROLES = Set.of("PRESIDENT", "VICE_PRESIDENT", "CHIEF_SECRETARY", "OFFICER", "AUDITOR");
    static final Set<String> REASONS = Set.of("REAPPOINTED", "REPLACED_BY_TRANSFER", "DUTIES_TRANSFERRED", "NEW");

    DemoOfficer {
        if (!ROLES.contains(role) || !REASONS.contains(reason) || member.isBlank() || person.isBlank()) {
            throw new IllegalArgumentException("bad officer '" + person + "' of '" + member + "' (" + role + ", " + reason + ")");
        }
    }

    /** The entry as {@code PUT /api/officer-rosters/{year}/entries} takes it, for the member {@code memberId}. */
    Map<String, Object> entry(String memberId) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("role", role);
        entry.put("memberId", memberId);
        entry.put("organisation", organisation);
        entry.put("department", department.isEmpty() ? null : department);
        entry.put("title", title.isEmpty() ? null : title);
        entry.put("personName", person);
        entry.put("reason", reason);
        return entry;
    }

    /** Reads the roster from the classpath; blank lines, {@code #} comments and the header are skipped. */
    static List<DemoOfficer> load(String resource) throws IOException {
        InputStream in = DemoOfficer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no " + resource + " on the classpath");
        }
        List<DemoOfficer> officers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("role,")) {
                    continue;
                }
                String[] cells = trimmed.split(",", -1);
                if (cells.length != 7) {
                    throw new IOException(resource + ":" + number + ": expected role,member,organisation,department,title,person,reason");
                }
                try {
                    officers.add(new DemoOfficer(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                            cells[4].strip(), cells[5].strip(), cells[6].strip()));
                } catch (IllegalArgumentException bad) {
                    throw new IOException(resource + ":" + number + ": " + bad.getMessage(), bad);
                }
            }
        }
        return officers;
    }
}
