package io.councilhub.membership.contact;

/**
 * A rule of the whole list that the contact at {@code index} breaks (a second PRIMARY, an e-mail address
 * twice). The message never contains the data itself.
 */
public record ListProblem(int index, String field, String message) {
}
