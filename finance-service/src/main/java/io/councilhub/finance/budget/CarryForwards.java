package io.councilhub.finance.budget;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;

import java.util.Optional;

/** Where the 前期繰越金 of a year comes from: the closed settlement of the year before (settlement implements it). */
public interface CarryForwards {

    /** The result carried into {@code year}, if the settlement of the year before is closed. */
    Optional<Yen> carriedInto(FiscalYear year);
}
