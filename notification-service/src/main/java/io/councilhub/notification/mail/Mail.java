package io.councilhub.notification.mail;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message to one recipient. Text only is sent as text/plain; with an HTML body as multipart/alternative
 * (text first, HTML preferred); with attachments wrapped in multipart/mixed. Subject, names and bodies are UTF-8.
 * The Message-ID is the caller's (see {@link MessageIds}); extra headers (List-Id, List-Unsubscribe, ...) must be
 * ASCII: use {@link #listId(String, String)} for a list name in Japanese.
 */
public record Mail(MailAddress from, MailAddress to, String subject, String text, String html,
                   List<Attachment> attachments, Map<String, String> headers, String messageId) {

    public static final String LIST_ID = "List-Id";
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    public static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id",
            "content-type", "content-transfer-encoding", "mime-version");

    public Mail {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        if (to == null) {
            throw new IllegalArgumentException("to is required");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject is required");
        }
        if (text == null) {
            throw new IllegalArgumentException("a text body is required");
        }
        if (messageId == null || !messageId.matches("<[^<>@\\s]+@[^<>@\\s]+>")) {
            throw new IllegalArgumentException("messageId must look like <local@domain>: " + messageId);
        }
        html = html == null || html.isBlank() ? null : html;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Map<String, String> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (RESERVED.contains(name.toLowerCase())) {
                    throw new IllegalArgumentException(name + " is set through its own field");
                }
                if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value) || value.contains("\n")) {
                    throw new IllegalArgumentException("header " + name + " must be one line of ASCII");
                }
                copy.put(name, value);
            });
        }
        headers = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasHtml() {
        return html != null;
    }

    /** A List-Id value (RFC 2919) with a display phrase that may be Japanese: {@code =?UTF-8?B?...?= <id>}. */
    public static String listId(String description, String id) {
        if (!id.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("a list id is a dotted name: " + id);
        }
        if (description == null || description.isBlank()) {
            return "<" + id + ">";
        }
        try {
            return MimeUtility.encodeWord(description, "UTF-8", "B") + " <" + id + ">";
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy addressed to someone else with another Message-ID and headers (for one issue sent to many). */
    public Mail to(MailAddress recipient, String messageId, Map<String, String> headers) {
        return new Mail(from, recipient, subject, text, html, attachments, headers, messageId);
    }

    public static final class Builder {
        private MailAddress from;
        private MailAddress to;
        private String subject;
        private String text;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String messageId;

        public Builder from(MailAddress from) {
            this.from = from;
            return this;
        }

        public Builder to(MailAddress to) {
            this.to = to;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder html(String html) {
            this.html = html;
            return this;
        }

        public Builder attach(Attachment attachment) {
            attachments.add(attachment);
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** List-Id, plus RFC 8058 one-click unsubscribe: List-Unsubscribe with the https URL and List-Unsubscribe-Post. */
        public Builder list(String listId, String unsubscribeUrl) {
            headers.put(LIST_ID, listId);
            if (unsubscribeUrl != null) {
                if (!unsubscribeUrl.startsWith("https://") && !unsubscribeUrl.startsWith("http://")) {
                    throw new IllegalArgumentException("unsubscribe URL must be http(s): " + unsubscribeUrl);
                }
                headers.put(LIST_UNSUBSCRIBE, "<" + unsubscribeUrl + ">");
                headers.put(LIST_UNSUBSCRIBE_POST, ONE_CLICK);
            }
            return this;
        }

        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        public Mail build() {
            return new Mail(from, to, subject, text, html, attachments, headers, messageId);
        }
    }
}
