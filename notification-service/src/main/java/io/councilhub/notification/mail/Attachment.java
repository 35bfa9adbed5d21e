package io.councilhub.notification.mail;

import java.util.Arrays;

/** A file attached to a mail (sent as multipart/mixed). The bytes are shared, never copied per recipient. */
public record Attachment(String name, String contentType, byte[] bytes) {

    public Attachment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attachment name is required");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("attachment content type is required");
        }
        if (bytes == null) {
            throw new IllegalArgumentException("attachment bytes are required");
        }
    }

    public static Attachment pdf(String name, byte[] bytes) {
        return new Attachment(name, "application/pdf", bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && name.equals(that.name) && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
