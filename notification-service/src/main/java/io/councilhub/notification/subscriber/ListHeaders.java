package io.councilhub.notification.subscriber;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list headers one message to one recipient carries (RFC 2919 List-Id, RFC 2369
 * List-Unsubscribe, RFC 8058 List-Unsubscribe-Post), and the visible unsubscribe link for the body.
 */
public record ListHeaders(String listId, URI oneClickUnsubscribe, URI visibleUnsubscribe) {

    public static final String LIST_ID = "List-Id";
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    /** The headers by name, values ready to set (List-Id's phrase is plain ASCII so it needs no encoding). */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(LIST_ID, listId);
        headers.put(LIST_UNSUBSCRIBE, "<" + oneClickUnsubscribe + ">");
        headers.put(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
        return headers;
    }
}
