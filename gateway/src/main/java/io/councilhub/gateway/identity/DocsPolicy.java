package io.councilhub.gateway.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The responses that get the documentation's Content-Security-Policy instead of the strict one: the Swagger UI page. */
final class DocsPolicy {

    static final RequestMatcher PAGES = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/docs/api");

    private DocsPolicy() {
    }
}
