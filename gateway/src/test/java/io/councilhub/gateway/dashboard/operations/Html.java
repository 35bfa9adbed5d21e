package io.councilhub.gateway.dashboard.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks parts of a rendered page for assertions, the way a reader's eye finds a table row or a cell. */
public final class Html {

    private Html() {
    }

    /** The first element {@code <tag ... marker ...>...</tag>} (not nested in one of its kind), or "" if none. */
    public static String element(String html, String tag, String marker) {
        Matcher start = Pattern.compile("<" + tag + "\\b[^>]*" + Pattern.quote(marker) + "[^>]*>").matcher(html);
        if (!start.find()) {
            return "";
        }
        int end = html.indexOf("</" + tag + ">", start.end());
        return end < 0 ? "" : html.substring(start.start(), end + tag.length() + 3);
    }

    /** The text of a fragment without its tags and with runs of white space as one space. */
    public static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").trim();
    }
}
