package io.councilhub.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading rendered pages in tests. */
public final class Pages {

    private Pages() {
    }

    /** The HTML of the element with this id, up to the end of its {@code <section>} (or of the page). */
    public static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element with id " + id).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
