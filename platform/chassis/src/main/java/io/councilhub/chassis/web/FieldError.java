package io.councilhub.chassis.web;

/** One problem with one field of a request, as listed in a problem document's {@code errors}. */
public record FieldError(String field, String message) {
}
