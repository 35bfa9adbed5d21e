package io.councilhub.chassis.domain;

/** A field of a request is well-formed but not acceptable (a withdrawal dated before the admission): 400 naming it. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
