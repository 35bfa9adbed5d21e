package io.councilhub.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Rejects request bodies over the limit with 413 before anything reads them: by {@code Content-Length}
 * when it is declared, and by counting when the body is chunked. A file upload (multipart, CSV or a
 * spreadsheet) has its own, larger limit; every other body, JSON above all, the small one.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final java.util.List<String> UPLOAD_TYPES = java.util.List.of("multipart/form-data", "text/csv",
            "text/tab-separated-values", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream");

    private final long bodyLimit;
    private final long uploadLimit;

    public RequestBodyLimitFilter(long bodyLimit, long uploadLimit) {
        this.bodyLimit = bodyLimit;
        this.uploadLimit = uploadLimit;
    }

    private long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return bodyLimit;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return UPLOAD_TYPES.stream().anyMatch(lower::startsWith) ? uploadLimit : bodyLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = ProblemDetailsAdvice.tooLarge(new PayloadTooLargeException(limit));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            JSON.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        Counting(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
