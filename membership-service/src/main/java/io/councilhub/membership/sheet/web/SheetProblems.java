package io.councilhub.membership.sheet.web;

import io.councilhub.chassis.web.Problems;
import io.councilhub.membership.sheet.SheetTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A sheet over the limits is a 413 problem (ahead of the chassis' catch-all handler). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SheetProblems {

    @ExceptionHandler(SheetTooLargeException.class)
    ProblemDetail tooLarge(SheetTooLargeException exception) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ファイルが大きすぎます (File too large)",
                exception.getMessage());
    }
}
