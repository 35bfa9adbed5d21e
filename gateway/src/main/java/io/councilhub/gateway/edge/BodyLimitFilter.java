package io.councilhub.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Refuses request bodies over the limit with 413 application/problem+json before a service is called, with the same
 * rules as the services' own {@code RequestBodyLimitFilter} (chassis): an upload (multipart, CSV, TSV, XLSX,
 * octet-stream) may be {@code maxUploadBody}, every other body {@code maxRequestBody}.
 * <ul>
 *   <li>A declared {@code Content-Length} over the limit is refused at once, before the body is read.</li>
 *   <li>A chunked (undeclared) small body is read into memory up to the limit first, so an oversized one is refused
 *       before the service sees anything; a form post is left to the container (Tomcat parses it itself).</li>
 *   <li>A chunked upload is streamed on and counted; past the limit the transfer to the service is broken off and the
 *       client gets 413 (the service sees an aborted request).</li>
 * </ul>
 * (The chassis filter is not reused: depending on the chassis would bring Kafka, the outbox and Mongo into the gateway.)
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private static final List<String> UPLOAD_TYPES = List.of("multipart/form-data", "text/csv",
            "text/tab-separated-values", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream");
    private static final String FORM = "application/x-www-form-urlencoded";

    private final long requestLimit;
    private final long uploadLimit;

    BodyLimitFilter(BodyLimitSettings settings) {
        this.requestLimit = settings.maxRequestBody().toBytes();
        this.uploadLimit = settings.maxUploadBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean upload = UPLOAD_TYPES.stream().anyMatch(type::startsWith);
        long limit = upload ? uploadLimit : requestLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared >= 0 || !chunked(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!upload && !type.startsWith(FORM)) {
            byte[] body = readAtMost(request.getInputStream(), limit);
            if (body == null) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
            return;
        }
        CountedRequest counted = new CountedRequest(request, limit);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException failed) {
            if (!counted.exceeded() || response.isCommitted()) {
                throw failed;
            }
            response.reset();
            refuse(request, response, limit);
            return;
        }
        if (counted.exceeded() && !response.isCommitted()) {
            response.reset();
            refuse(request, response, limit);
        }
    }

    private static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        var problem = EdgeProblems.problem(413, "payload-too-large", "リクエストが大きすぎます (Payload too large)",
                "request body larger than " + limit + " bytes", request);
        problem.put("limitBytes", limit);
        // The unread body is not worth receiving: close the connection after this answer.
        response.setHeader("Connection", "close");
        EdgeProblems.write(response, problem);
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new Stream(new ByteArrayInputStream(body), Long.MAX_VALUE, null);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean[] exceeded = {false};
        private ServletInputStream stream;

        CountedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Stream(super.getInputStream(), limit, exceeded);
            }
            return stream;
        }

        boolean exceeded() {
            return exceeded[0];
        }
    }

    /** Reads from {@code in}, failing once more than {@code limit} bytes came through. */
    private static final class Stream extends ServletInputStream {

        private final InputStream in;
        private final long limit;
        private final boolean[] exceeded;
        private long read;
        private boolean finished;

        Stream(InputStream in, long limit, boolean[] exceeded) {
            this.in = in;
            this.limit = limit;
            this.exceeded = exceeded;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) throws IOException {
            if (n < 0) {
                finished = true;
                return;
            }
            read += n;
            if (read > limit) {
                if (exceeded != null) {
                    exceeded[0] = true;
                }
                throw new IOException("request body larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return finished || (in instanceof ServletInputStream servlet && servlet.isFinished());
        }

        @Override
        public boolean isReady() {
            return !(in instanceof ServletInputStream servlet) || servlet.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            if (in instanceof ServletInputStream servlet) {
                servlet.setReadListener(listener);
                return;
            }
            throw new UnsupportedOperationException("a buffered body is read synchronously");
        }
    }
}
