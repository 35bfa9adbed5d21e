package io.councilhub.chassis.messaging;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * W3C trace context ({@code traceparent}) carried from an inbound event to the events its handling
 * records, so a story can be followed across services. A new trace starts where there is none.
 */
public final class TraceContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    /** A {@code traceparent} for an event recorded now: the current trace with a new span, or a new trace. */
    public static String nextTraceparent() {
        String current = CURRENT.get();
        String traceId = current != null && current.length() >= 35 ? current.substring(3, 35) : hex(16);
        return "00-" + traceId + "-" + hex(8) + "-01";
    }

    static void runWithin(String traceparent, Runnable work) {
        String previous = CURRENT.get();
        CURRENT.set(traceparent);
        try {
            work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
