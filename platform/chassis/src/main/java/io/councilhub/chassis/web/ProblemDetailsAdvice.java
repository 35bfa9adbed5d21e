package io.councilhub.chassis.web;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.chassis.sheet.SheetTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure of a request into an RFC 9457 {@code application/problem+json} document that
 * says what was wrong and, where a field was, names it. Validation happens before any command runs,
 * so a rejected request changes nothing.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "見つかりません (Not found)", exception.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException exception) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, exception.code(),
                "現在の状態では実行できません (Conflicts with the current state)", exception.getMessage());
        problem.setProperty("rule", exception.code());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException exception) {
        return Problems.invalid(exception.getMessage(), List.of(new FieldError(exception.field(), exception.getMessage())));
    }

    /** An uploaded sheet over {@code councilhub.sheet.max-file-size} or {@code max-rows}. */
    @ExceptionHandler(SheetTooLargeException.class)
    ProblemDetail sheetTooLarge(SheetTooLargeException exception) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ファイルが大きすぎます (File too large)",
                exception.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException exception) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "同時に更新されました (Changed concurrently)",
                "someone else changed this record at the same time; read it again and retry");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException exception) {
        return Problems.of(HttpStatus.CONFLICT, "duplicate", "既に登録されています (Already exists)",
                "a record with the same key already exists");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException exception) {
        return Problems.forbidden();
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException exception) {
        return Problems.unauthorized("a valid bearer token is required");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception) {
        log.error("unexpected failure", exception);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "内部エラー (Internal error)",
                "the request could not be completed; nothing was changed if it failed before being accepted");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        exception.getBindingResult().getFieldErrors()
                .forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        exception.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return problem(Problems.invalid(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldError(name, error.getDefaultMessage())));
        }
        return problem(Problems.invalid(summary(errors), errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : exception.getPropertyName();
        String expected = exception.getRequiredType() == null ? "another type" : describe(exception.getRequiredType());
        String message = "must be " + expected;
        return problem(Problems.invalid(name + ": " + message, List.of(new FieldError(name, message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = exception.getCause();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return problem(tooLarge(tooLarge));
            }
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            Class<?> target = invalid.getTargetType();
            String message = target != null && target.isEnum()
                    ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "))
                    : "must be " + describe(target);
            return problem(Problems.invalid(field + ": " + message, List.of(new FieldError(field, message))));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String message = "must be " + describe(mismatched.getTargetType());
            return problem(Problems.invalid(field + ": " + message, List.of(new FieldError(field, message))));
        }
        if (cause instanceof JacksonException malformed) {
            String location = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
            return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "JSONの形式が正しくありません (Malformed JSON)",
                    "the request body is not valid JSON" + location));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", "リクエスト本文を読めません (Unreadable body)",
                "the request body is missing or cannot be read"));
    }

    static ProblemDetail tooLarge(PayloadTooLargeException exception) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "リクエストが大きすぎます (Payload too large)",
                exception.getMessage());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create("https://councilhub.io/problems/http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == io.councilhub.chassis.domain.FiscalYear.class) {
            return "a fiscal year such as 2022";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }
}
