package io.councilhub.gateway.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's settings ({@code councilhub.dashboard.*}).
 *
 * @param councilName       printed in every page's header
 * @param firstFiscalYear   the oldest year the fiscal-year selector offers
 * @param defaultFiscalYear the year shown before a user picks one; 0 means the year containing today
 */
@ConfigurationProperties("councilhub.dashboard")
public record DashboardSettings(
        @DefaultValue("ちば地域DX推進協議会") String councilName,
        @DefaultValue("2019") int firstFiscalYear,
        @DefaultValue("0") int defaultFiscalYear) {
}
