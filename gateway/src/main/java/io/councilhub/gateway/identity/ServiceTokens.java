package io.councilhub.gateway.identity;

/**
 * Signs the short-lived RS256 token the gateway sends to a service on behalf of the user of the
 * current request (the dashboard's panels and the API relay both use it).
 */
public interface ServiceTokens {

    /** A freshly signed token (without the {@code Bearer } prefix) for the current request's user. */
    String currentUserToken();
}
