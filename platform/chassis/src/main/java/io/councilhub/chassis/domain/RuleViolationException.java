package io.councilhub.chassis.domain;

/**
 * A command conflicts with the current state of an aggregate (withdrawing a member twice): 409.
 * Thrown by aggregates when one of their rules would break; nothing was changed.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;

    public RuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable name of the rule, e.g. {@code member-already-withdrawn}. */
    public String code() {
        return code;
    }
}
