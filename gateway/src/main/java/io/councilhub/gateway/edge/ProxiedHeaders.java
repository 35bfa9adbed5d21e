package io.councilhub.gateway.edge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which headers pass a route, each way, in one copy.
 * <ul>
 *   <li>To a service: everything the caller sent except the hop-by-hop headers (they describe the caller's
 *   connection, not the call), {@code Content-Length} (the gateway streams the body; with the hop-by-hop
 *   {@code Transfer-Encoding} gone, no caller can send a service a length that disagrees with the body), and
 *   {@code Forwarded} and {@code X-Forwarded-*} (the gateway trusts no proxy in front of it, so what a caller says
 *   about its address or scheme never reaches a service as if the gateway had said it).</li>
 *   <li>To the caller: everything the service answered except the hop-by-hop headers and an HTTP/2 {@code :status}
 *   pseudo-header.</li>
 * </ul>
 * This is what Spring Cloud Gateway's seven default header filters do together; each of those copied every header
 * into a map of its own (five copies of each request's headers, two of each answer's), which made them the
 * largest allocation in a routed call. The route's handler ({@link RouteClientConfiguration}) applies only these
 * two: a header filter bean added elsewhere is not applied to routed calls unless it is added there.
 */
final class ProxiedHeaders {

    /** RFC 9110 section 7.6.1's connection-specific headers, with those Spring Cloud Gateway also drops. */
    private static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Transfer-Encoding",
            "TE", "Trailer", "Upgrade", "Proxy-Authorization", "Proxy-Authenticate", "X-Application-Context");

    private static final Set<String> DROPPED_TO_SERVICE = caseInsensitive(HOP_BY_HOP, "Content-Length", "Forwarded");

    private static final Set<String> DROPPED_TO_CALLER = caseInsensitive(HOP_BY_HOP, ":status");

    private static final String X_FORWARDED = "X-Forwarded-";

    static final RequestHttpHeadersFilter TO_SERVICE = new RequestHttpHeadersFilter() {
        @Override
        public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
            return toService(input);
        }
    };

    static final ResponseHttpHeadersFilter TO_CALLER = new ResponseHttpHeadersFilter() {
        @Override
        public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
            return toCaller(input);
        }
    };

    private ProxiedHeaders() {
    }

    static HttpHeaders toService(HttpHeaders sent) {
        return copyExcept(sent, name -> DROPPED_TO_SERVICE.contains(name)
                || name.regionMatches(true, 0, X_FORWARDED, 0, X_FORWARDED.length()));
    }

    static HttpHeaders toCaller(HttpHeaders answered) {
        return copyExcept(answered, DROPPED_TO_CALLER::contains);
    }

    private static HttpHeaders copyExcept(HttpHeaders headers, Predicate<String> dropped) {
        HttpHeaders passed = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (!dropped.test(name)) {
                passed.addAll(name, values);
            }
        });
        return passed;
    }

    /** The one filter, as the provider Spring Cloud Gateway's route handler takes its filters from. */
    static <T> ObjectProvider<T> only(T filter) {
        return new ObjectProvider<>() {
            @Override
            public Stream<T> stream() {
                return Stream.of(filter);
            }

            @Override
            public Stream<T> orderedStream() {
                return Stream.of(filter);
            }
        };
    }

    private static Set<String> caseInsensitive(List<String> names, String... more) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        set.addAll(List.of(more));
        return set;
    }
}
