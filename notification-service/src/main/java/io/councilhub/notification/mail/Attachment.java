package io.councilhub.notification.mail;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A file attached to a mail (sent as multipart/mixed). The bytes are shared, never copied per recipient, and so is
 * their base64 form: encoded once, when the first copy is rendered.
 */
public final class Attachment {

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});

    private final String name;
    private final String contentType;
    private final byte[] bytes;
    private volatile byte[] base64;

    public Attachment(String name, String contentType, byte[] bytes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attachment name is required");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("attachment content type is required");
        }
        if (bytes == null) {
            throw new IllegalArgumentException("attachment bytes are required");
        }
        this.name = name;
        this.contentType = contentType;
        this.bytes = bytes;
    }

    public static Attachment pdf(String name, byte[] bytes) {
        return new Attachment(name, "application/pdf", bytes);
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** The file name as an RFC 2047 encoded word for the part's headers. */
    String encodedName() {
        return EncodedWords.encode(name).replace("\r\n ", " ");
    }

    /** The content in base64 lines of 76 characters (CRLF), as it goes into the message; computed once. */
    byte[] base64() {
        byte[] encoded = base64;
        if (encoded == null) {
            encoded = BASE64.encode(bytes);
            base64 = encoded;
        }
        return encoded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && name.equals(that.name) && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
