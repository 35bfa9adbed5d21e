package io.councilhub.chassis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads HTTP/1.1 answers off a raw socket, for the tests that need to see the wire: heads, framing, streams. */
final class RawAnswers {

    private RawAnswers() {
    }

    /** The head, in lower case, one header a line ending in {@code \n}; the status line first. */
    static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = line(in)).isEmpty()) {
            head.append(line.toLowerCase(Locale.ROOT)).append('\n');
        }
        return head.toString();
    }

    /** The body as {@code head} frames it: {@code Content-Length} bytes, or the chunks up to the last, empty one. */
    static byte[] body(InputStream in, String head) throws IOException {
        int length = head.indexOf("\ncontent-length:");
        if (length >= 0) {
            int end = head.indexOf("\n", length + 1);
            return in.readNBytes(Integer.parseInt(head.substring(length + "\ncontent-length:".length(), end).trim()));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int size;
        while ((size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) > 0) {
            body.write(in.readNBytes(size));
            line(in);
        }
        line(in);
        return body.toByteArray();
    }

    /** What arrives up to and including {@code text}, or to the end; a read blocks as long as the socket's timeout. */
    static String readUntil(InputStream in, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(text)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
