package io.councilhub.gateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** 401 and 403 on the API as problem documents, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. */
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean tokenGiven = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid, expired or not ours\""
                : "Bearer");
        write(request, response, IdentityProblems.unauthorized(tokenGiven
                ? "the bearer token was rejected: invalid, expired or not signed by this gateway"
                : "log in or send a bearer token from POST /api/auth/token"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            write(request, response, IdentityProblems.forbidden(
                    "a browser session must send its CSRF token (X-XSRF-TOKEN or _csrf) with this request"));
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        write(request, response, IdentityProblems.forbidden("your role does not allow this"));
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
