package io.councilhub.gateway.dashboard;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file from a dashboard form posted as {@code multipart/form-data}. The gateway keeps servlet
 * multipart parsing off (Spring Cloud Gateway's default, so that API uploads stream through to the
 * services untouched); a dashboard page that takes a file reads its part here instead. A form posting a
 * file carries its CSRF token in the action URL ({@code th:action="@{/path(_csrf=${_csrf.token})}"}).
 */
public final class Uploads {

    /** One uploaded file: its name as the browser gave it, its declared type and its bytes. */
    public record Upload(String fileName, String contentType, byte[] content) {

        public boolean isEmpty() {
            return content.length == 0;
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Uploads() {
    }

    /**
     * The part named {@code field}, or empty when the request is no multipart form or has no such part.
     *
     * @throws FileTooLargeException over {@code maxBytes}
     */
    public static Optional<Upload> file(HttpServletRequest request, String field, long maxBytes) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return Optional.empty();
        }
        String boundary = boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2);
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 64 * 1024);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break;
            }
            headersStart += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
            if (next < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (name.find() && name.group(1).equals(field)) {
                if (next - contentStart > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                Matcher fileName = FILE_NAME.matcher(headers);
                byte[] content = new byte[next - contentStart];
                System.arraycopy(body, contentStart, content, 0, content.length);
                return Optional.of(new Upload(fileName.find() ? fileName.group(1) : field, partType(headers), content));
            }
            at = next + 2;
        }
        return Optional.empty();
    }

    private static String partType(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-type:")) {
                return line.substring("content-type:".length()).trim();
            }
        }
        return null;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (content.length > limit) {
            throw new FileTooLargeException(limit);
        }
        return content;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The file is larger than the page accepts. */
    public static final class FileTooLargeException extends IOException {
        FileTooLargeException(long maxBytes) {
            super("file larger than " + maxBytes + " bytes");
        }
    }
}
