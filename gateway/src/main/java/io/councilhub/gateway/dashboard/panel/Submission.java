package io.councilhub.gateway.dashboard.panel;

import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's command sent to a service and its answer: accepted (2xx, with the service's JSON), refused
 * (4xx problem+json, with its {@code errors} by field for the form to show next to each field, and its
 * {@code detail}), or not delivered (the service unavailable).
 */
public final class Submission {

    private final Service service;
    private final int status;
    private final JsonNode body;
    private final Map<String, String> fieldErrors;
    private final String detail;

    Submission(Service service, int status, JsonNode body, Map<String, String> fieldErrors, String detail) {
        this.service = service;
        this.status = status;
        this.body = body;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.detail = detail;
    }

    static Submission unavailable(Service service) {
        return new Submission(service, 0, null, Map.of(), null);
    }

    public boolean isAccepted() {
        return status >= 200 && status < 300;
    }

    public boolean isUnavailable() {
        return status == 0;
    }

    public int getStatus() {
        return status;
    }

    public Service getService() {
        return service;
    }

    /** The service's JSON answer (accepted) or problem document (refused); null when unavailable. */
    public JsonNode getBody() {
        return body;
    }

    /** Field name (as the service's API names it) to the service's message for it. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /** The problem's detail (or title) when refused. */
    public String getDetail() {
        return detail;
    }
}
