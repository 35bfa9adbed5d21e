package io.councilhub.notification.mail;

import jakarta.mail.internet.InternetAddress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 2047 encoded words ({@code =?UTF-8?B?...?=}) for Japanese subjects and display names, written here rather than
 * by JavaMail's {@code MimeUtility}: that looks its stream provider up through the class loader's service files on
 * every call, which inside a Spring Boot fat jar cost more per newsletter copy than the SMTP exchange itself.
 */
final class EncodedWords {

    /** UTF-8 bytes per word: 39 bytes make 52 base64 characters, 64 with the delimiters (at most 75 allowed). */
    private static final int BYTES_PER_WORD = 39;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private EncodedWords() {
    }

    /**
     * The text as it goes into a header: unchanged when it is short printable ASCII, else UTF-8 encoded words,
     * folded onto continuation lines (CRLF SP) between words, never inside a character.
     */
    static String encode(String text) {
        if (isPlainAscii(text)) {
            return text;
        }
        StringBuilder header = new StringBuilder(text.length() * 4);
        byte[] word = new byte[BYTES_PER_WORD + 4];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte[] bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
            if (length + bytes.length > BYTES_PER_WORD) {
                appendWord(header, word, length);
                length = 0;
            }
            System.arraycopy(bytes, 0, word, length, bytes.length);
            length += bytes.length;
            i += Character.charCount(codePoint);
        }
        appendWord(header, word, length);
        return header.toString();
    }

    /** An address with its display name already encoded, so that printing it needs no {@code MimeUtility}. */
    static InternetAddress address(MailAddress address) {
        return new PreEncodedAddress(address.address(), address.displayName());
    }

    private static void appendWord(StringBuilder header, byte[] word, int length) {
        if (length == 0) {
            return;
        }
        if (!header.isEmpty()) {
            header.append("\r\n ");
        }
        byte[] bytes = new byte[length];
        System.arraycopy(word, 0, bytes, 0, length);
        header.append("=?UTF-8?B?").append(BASE64.encodeToString(bytes)).append("?=");
    }

    private static boolean isPlainAscii(String text) {
        if (text.length() > 60 || text.contains("=?")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** InternetAddress keeps the encoded form of the display name in a protected field: filled here. */
    private static final class PreEncodedAddress extends InternetAddress {

        PreEncodedAddress(String address, String displayName) {
            this.address = address;
            if (displayName != null) {
                this.personal = displayName;
                this.encodedPersonal = isPlainAscii(displayName) ? displayName : encode(displayName).replace("\r\n ", " ");
            }
        }
    }
}
