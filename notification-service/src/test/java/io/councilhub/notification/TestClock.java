package io.councilhub.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs like the system's but can be moved (to a cadence day, past a retry's back-off). */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on it reads {@code at} plus the time that passes. */
    public void setTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
