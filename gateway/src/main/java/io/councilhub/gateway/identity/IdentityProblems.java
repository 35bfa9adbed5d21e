package io.councilhub.gateway.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The problem documents of the identity endpoints, typed and titled as the services' (chassis {@code Problems}). */
final class IdentityProblems {

    private static final String TYPE_PREFIX = "https://councilhub.io/problems/";

    private IdentityProblems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "認証が必要です (Unauthorized)", detail);
    }

    static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "権限がありません (Forbidden)", detail);
    }

    static ProblemDetail locked(String detail) {
        return of(HttpStatus.LOCKED, "account-locked", "アカウントがロックされています (Account locked)", detail);
    }

    static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", "見つかりません (Not found)", detail);
    }

    static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "入力内容に誤りがあります (Invalid request)",
                field + ": " + message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    static ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.header("WWW-Authenticate", "Bearer realm=\"councilhub\"");
        }
        return response.body(problem);
    }
}
