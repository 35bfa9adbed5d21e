package io.councilhub.chassis.web;

import java.io.IOException;

/** A request body exceeded the configured limit: 413. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
