package io.councilhub.finance.budget;

import io.councilhub.contracts.membership.MemberCategory;
import io.councilhub.finance.dues.DuesForecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The 摘要 of the 負担金 line, in the packet's form: {@code 県16,200円、 市町村8,100円×38 民間企業8,100円×21}.
 * Local governments (県, 市町村) come first, joined by {@code 、 }; the other categories follow, each
 * after a space. A category that pays nothing (rate 0 or no members) is left out; a count of one is
 * not printed ({@code 県16,200円}).
 */
final class DuesNote {

    private DuesNote() {
    }

    static String of(DuesForecast forecast) {
        List<String> publicBodies = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (DuesForecast.Line line : forecast.lines()) {
            if (line.rate().amount() == 0 || line.members() == 0) {
                continue;
            }
            String item = label(line.category()) + line.rate().format() + (line.members() == 1 ? "" : "×" + line.members());
            boolean localGovernment = line.category() == MemberCategory.PREFECTURE || line.category() == MemberCategory.MUNICIPALITY;
            (localGovernment ? publicBodies : others).add(item);
        }
        List<String> groups = new ArrayList<>();
        if (!publicBodies.isEmpty()) {
            groups.add(String.join("、 ", publicBodies));
        }
        groups.addAll(others);
        return String.join(" ", groups);
    }

    static String label(MemberCategory category) {
        return switch (category) {
            case PREFECTURE -> "県";
            case MUNICIPALITY -> "市町村";
            case COMPANY -> "民間企業";
            case ACADEMIA -> "学術機関";
            case ORGANIZATION -> "団体";
        };
    }
}
