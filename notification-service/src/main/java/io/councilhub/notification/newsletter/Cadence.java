package io.councilhub.notification.newsletter;

import io.councilhub.chassis.domain.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * When a publication goes out: days of the month (the seed's 1日号 and 15日号) at a time of day, Tokyo time.
 * A day past the month's end (31 in February) is that month's last day.
 */
public record Cadence(List<Integer> daysOfMonth, LocalTime sendTime) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public Cadence {
        if (daysOfMonth == null || daysOfMonth.isEmpty()) {
            daysOfMonth = List.of(1, 15);
        }
        for (Integer day : daysOfMonth) {
            if (day == null || day < 1 || day > 31) {
                throw new InvalidFieldException("cadence.daysOfMonth", "each day must be 1 to 31");
            }
        }
        daysOfMonth = List.copyOf(new TreeSet<>(daysOfMonth));
        sendTime = sendTime == null ? LocalTime.of(9, 0) : sendTime;
    }

    public static Cadence firstAndFifteenth() {
        return new Cadence(List.of(1, 15), LocalTime.of(9, 0));
    }

    /** The first send time strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        ZonedDateTime now = after.atZone(TOKYO);
        LocalDate month = now.toLocalDate().withDayOfMonth(1);
        for (int m = 0; m < 14; m++) {
            LocalDate inMonth = month.plusMonths(m);
            for (int day : daysOfMonth) {
                LocalDate date = inMonth.withDayOfMonth(Math.min(day, inMonth.lengthOfMonth()));
                Instant slot = date.atTime(sendTime).atZone(TOKYO).toInstant();
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no cadence day within 14 months");
    }

    /** Whether {@code date} is one of the cadence days. */
    public boolean isCadenceDay(LocalDate date) {
        return daysOfMonth.stream().anyMatch(day -> Math.min(day, date.lengthOfMonth()) == date.getDayOfMonth());
    }
}
