package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.InvalidFieldException;

import java.time.LocalDate;
import java.util.Objects;

/** 部会設置期間: the period a subcommittee is set up for, e.g. 令和4年4月1日～令和5年3月31日. */
public record EstablishmentPeriod(LocalDate from, LocalDate until) {

    public EstablishmentPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new InvalidFieldException("period.until", "must not be before period.from " + from);
        }
    }
}
