package io.councilhub.chassis.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** Builds the problem documents of councilhub: a stable type URI per kind of problem, a title, the fields. */
public final class Problems {

    private static final String TYPE_PREFIX = "https://councilhub.io/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail unauthorized(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthorized", "認証が必要です (Unauthorized)", detail);
    }

    public static ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, "forbidden", "権限がありません (Forbidden)", "your role does not allow this");
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "入力内容に誤りがあります (Invalid request)", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
