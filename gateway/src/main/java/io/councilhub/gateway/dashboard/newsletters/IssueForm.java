package io.councilhub.gateway.dashboard.newsletters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compose form: a subject and its parts (第1部, 第2部 ...), each a heading and Markdown, in at least {@link #SLOTS}
 * slots and at most {@link #MAX_PARTS} (the service's limit). Empty slots are left out of what goes to the service.
 */
record IssueForm(String subject, List<PartForm> parts) {

    static final int SLOTS = 4;
    static final int MAX_PARTS = 10;

    record PartForm(String heading, String markdown) {

        boolean blank() {
            return (heading == null || heading.isBlank()) && (markdown == null || markdown.isBlank());
        }
    }

    static IssueForm empty() {
        List<PartForm> parts = new ArrayList<>();
        parts.add(new PartForm("第1部", ""));
        parts.add(new PartForm("第2部", ""));
        return new IssueForm("", padded(parts));
    }

    static IssueForm of(String subject, List<String> headings, List<String> markdowns) {
        List<PartForm> parts = new ArrayList<>();
        int count = Math.min(MAX_PARTS, Math.max(headings == null ? 0 : headings.size(), markdowns == null ? 0 : markdowns.size()));
        for (int i = 0; i < count; i++) {
            parts.add(new PartForm(at(headings, i), at(markdowns, i)));
        }
        return new IssueForm(subject == null ? "" : subject, padded(parts));
    }

    static IssueForm of(NewsletterViews.Issue issue) {
        List<PartForm> parts = new ArrayList<>();
        issue.parts().forEach(part -> parts.add(new PartForm(part.heading(), part.markdown())));
        return new IssueForm(issue.subject(), padded(parts));
    }

    /** The request body of {@code POST/PUT .../issues}: {@code {subject, parts: [{heading, markdown}]}}. */
    Map<String, Object> body() {
        List<Map<String, String>> filled = new ArrayList<>();
        for (PartForm part : parts) {
            if (!part.blank()) {
                Map<String, String> sent = new LinkedHashMap<>();
                sent.put("heading", nullToEmpty(part.heading()));
                sent.put("markdown", nullToEmpty(part.markdown()));
                filled.add(sent);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", nullToEmpty(subject));
        body.put("parts", filled);
        return body;
    }

    /**
     * The service names a part's field by its place among the parts sent ({@code parts[1].markdown}); the form shows
     * it next to the slot it came from.
     */
    Map<String, String> errorsBySlot(Map<String, String> serviceErrors) {
        Map<String, String> errors = new LinkedHashMap<>(serviceErrors);
        int sent = 0;
        for (int slot = 0; slot < parts.size(); slot++) {
            if (parts.get(slot).blank()) {
                continue;
            }
            for (String field : List.of("heading", "markdown")) {
                String message = serviceErrors.get("parts[" + sent + "]." + field);
                if (message != null) {
                    errors.remove("parts[" + sent + "]." + field);
                    errors.put("slot" + slot + "." + field, message);
                }
            }
            sent++;
        }
        return errors;
    }

    private static List<PartForm> padded(List<PartForm> parts) {
        List<PartForm> slots = new ArrayList<>(parts);
        while (slots.size() < SLOTS) {
            slots.add(new PartForm("", ""));
        }
        return List.copyOf(slots.subList(0, Math.min(slots.size(), MAX_PARTS)));
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
