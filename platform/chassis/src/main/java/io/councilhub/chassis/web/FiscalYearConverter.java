package io.councilhub.chassis.web;

import io.councilhub.chassis.domain.FiscalYear;
import org.springframework.core.convert.converter.Converter;

/**
 * Lets a controller take a {@code FiscalYear} path variable or request parameter ({@code /fiscal-years/2022});
 * anything that is not a fiscal year becomes a 400 problem naming the parameter.
 */
public class FiscalYearConverter implements Converter<String, FiscalYear> {

    @Override
    public FiscalYear convert(String source) {
        return FiscalYear.of(Integer.parseInt(source.strip()));
    }
}
