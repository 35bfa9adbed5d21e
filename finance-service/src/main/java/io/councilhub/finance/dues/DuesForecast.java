package io.councilhub.finance.dues;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.Yen;
import io.councilhub.contracts.membership.MemberCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the roll owes in dues for a fiscal year: per category, the rate, the members who owe and the
 * amount, and the total (the budget's 負担金 line).
 */
public record DuesForecast(FiscalYear fiscalYear, List<Line> lines, Yen total) {

    public record Line(MemberCategory category, Yen rate, long members, Yen amount) {
    }

    public static DuesForecast of(DuesSchedule schedule, Map<MemberCategory, Long> membersOwing) {
        List<Line> lines = new ArrayList<>();
        Yen total = Yen.ZERO;
        for (MemberCategory category : MemberCategory.values()) {
            long members = membersOwing.getOrDefault(category, 0L);
            Yen amount = schedule.rate(category).times(members);
            lines.add(new Line(category, schedule.rate(category), members, amount));
            total = total.plus(amount);
        }
        return new DuesForecast(schedule.fiscalYear(), List.copyOf(lines), total);
    }
}
