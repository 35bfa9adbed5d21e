package io.councilhub.gateway.dashboard.subcommittees;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a draft plan's editor that are sent to subcommittee-service (those not left empty, in their order), and
 * the way back: the service names the k-th item it received ({@code framework[1].title}), the page names its row
 * ({@code sections[2].title}, when the second row was empty and not sent).
 */
record SentRows(List<Integer> rows, String serviceList, String formList, String defaultColumn) {

    /** The indexes of {@code rows} that are not {@code blank}; the service's {@code serviceList}, the form's {@code formList}. */
    static <T> SentRows of(List<T> rows, Predicate<T> blank, String serviceList, String formList, String defaultColumn) {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!blank.test(rows.get(i))) {
                sent.add(i);
            }
        }
        return new SentRows(List.copyOf(sent), serviceList, formList, defaultColumn);
    }

    /**
     * The form's name for a field the service named: {@code <serviceList>[k].<column>...} is the k-th sent row's
     * {@code <formList>[row].<column>} (the default column when none is named, the list itself when k is out of range);
     * any other name is kept.
     */
    String formField(String serviceField) {
        Matcher field = Pattern.compile(Pattern.quote(serviceList) + "\\[(\\d+)]\\.?(\\w*).*").matcher(serviceField);
        if (!field.matches()) {
            return serviceField;
        }
        int k = Integer.parseInt(field.group(1));
        String column = field.group(2).isEmpty() ? defaultColumn : field.group(2);
        return k < rows.size() ? formList + "[" + rows.get(k) + "]." + column : formList;
    }
}
