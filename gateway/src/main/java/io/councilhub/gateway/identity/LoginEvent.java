package io.councilhub.gateway.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One line of the login audit log: who, from where, when, and what happened. */
@Document("login_audit")
record LoginEvent(@Id String id, Kind kind, String username, String remoteAddress, Instant at, String detail) {

    enum Kind {
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        LOCKED_OUT,
        LOGGED_OUT,
        TOKEN_ISSUED
    }
}
