package io.councilhub.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;

/**
 * Sends a response that fits in {@link #BUFFER_SIZE} in one piece, with a {@code Content-Length}, instead of in
 * 8 KiB chunks.
 * <p>
 * Tomcat's response buffer is 8 KiB, and Spring flushes the output stream after every message it writes. So a page of
 * the roll (15 KiB of JSON) left membership-service as two socket writes with chunked framing, and the gateway passed
 * it on as three (two chunks and the last, empty one). Each write can wake the reader on the other side, which on a
 * busy machine waits for a core each time. With a 32 KiB buffer and the early flushes held back, Tomcat ends the
 * response itself: it sees the whole body, sets its length and writes headers and body together.
 * <p>
 * A flush still goes out at once when the response streams: an asynchronous request (server-sent events, a
 * streaming body) or a streaming content type ({@code text/event-stream}, {@code application/x-ndjson}). A body
 * larger than the buffer goes out as it fills, as before.
 */
public final class WholeResponseFilter extends OncePerRequestFilter {

    /** Large enough for a page of 50 members (15 KiB) and most other answers. */
    public static final int BUFFER_SIZE = 32 * 1024;

    private static final Set<String> STREAMING_TYPES =
            Set.of("text/event-stream", "application/x-ndjson", "application/stream+json");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(BUFFER_SIZE);
        chain.doFilter(request, new WholeResponse(request, response));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    private static final class WholeResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private ServletOutputStream stream;

        WholeResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new HeldFlushes(super.getOutputStream());
            }
            return stream;
        }

        private boolean streams() {
            if (request.isAsyncStarted()) {
                return true;
            }
            String type = getContentType();
            if (type == null) {
                return false;
            }
            int parameters = type.indexOf(';');
            String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
            return STREAMING_TYPES.contains(mediaType);
        }

        private final class HeldFlushes extends ServletOutputStream {

            private final ServletOutputStream target;

            HeldFlushes(ServletOutputStream target) {
                this.target = target;
            }

            @Override
            public void write(int b) throws IOException {
                target.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                target.write(bytes, offset, length);
            }

            @Override
            public void write(ByteBuffer buffer) throws IOException {
                target.write(buffer);
            }

            /** Held back unless the response streams: Tomcat writes the buffer when it is full or the response ends. */
            @Override
            public void flush() throws IOException {
                if (streams()) {
                    target.flush();
                }
            }

            @Override
            public void close() throws IOException {
                target.close();
            }

            @Override
            public boolean isReady() {
                return target.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                target.setWriteListener(listener);
            }
        }
    }
}
