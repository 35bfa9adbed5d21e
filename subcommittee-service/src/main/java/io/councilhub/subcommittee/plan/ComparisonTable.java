package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.Yen;

import java.util.List;

/**
 * (参考) 前年度実績との比較: last year's record against this year's plan, row by row (研究テーマ, 活動期間, 部会,
 * 共同研究会, ... ), ending with 活動費合計: last year's actual cost against this year's estimate.
 */
public record ComparisonTable(String lastYearLabel, String thisYearLabel, List<Row> rows, Yen lastYearActual,
                              Yen thisYearEstimate) {

    public static final String TOTAL = "活動費合計";

    public record Row(String heading, String lastYear, String thisYear) {
    }
}
