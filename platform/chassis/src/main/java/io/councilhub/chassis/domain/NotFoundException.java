package io.councilhub.chassis.domain;

/** The thing a request names does not exist (or the caller may not know it does): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
