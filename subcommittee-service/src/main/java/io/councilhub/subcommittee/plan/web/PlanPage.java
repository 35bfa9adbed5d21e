package io.councilhub.subcommittee.plan.web;

import io.councilhub.chassis.web.Html;

import static io.councilhub.chassis.web.Html.text;
import io.councilhub.subcommittee.plan.ComparisonTable;
import io.councilhub.subcommittee.plan.PlanContent;

import java.util.Objects;


/**
 * 活動企画書 as a printable page: the plan's header, 背景・目的, 検討の枠組み, the schedule, 経費見積 (項目/単価/数量/
 * 金額 with the group headings and 合計) and (参考) 前年度実績との比較.
 */
final class PlanPage {

    private PlanPage() {
    }

    static String render(PlanView plan) {
        String title = plan.fiscalYearLabel() + "活動企画 " + plan.subcommitteeName();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(plan.fiscalYearLabel())).append("活動企画書</h1>\n<table class=\"header\">\n");
        row(body, "部会名", plan.subcommitteeName());
        row(body, "研究テーマ", plan.theme());
        row(body, "部会設置期間", plan.period().label());
        row(body, "状態", status(plan));
        body.append("</table>\n");
        if (plan.background() != null) {
            body.append("<h2>&lt;背景・目的&gt;</h2>\n<p>").append(text(plan.background())).append("</p>\n");
        }
        if (!plan.framework().isEmpty()) {
            body.append("<h2>&lt;検討の枠組み&gt;</h2>\n");
            for (PlanContent.Section section : plan.framework()) {
                body.append("<h3>・").append(text(section.title())).append("</h3>\n<p>").append(text(section.text()))
                        .append("</p>\n");
            }
        }
        if (!plan.schedule().isEmpty()) {
            body.append("<h2>&lt;活動予定&gt;</h2>\n<table class=\"schedule\">\n<tr><th>活動</th><th>形式</th><th>予定月</th><th>回数</th></tr>\n");
            for (PlanView.Activity activity : plan.schedule()) {
                body.append("<tr><td>").append(text(activity.title())).append("</td><td>").append(text(activity.format()))
                        .append("</td><td>").append(text(activity.monthsLabel())).append("</td><td class=\"num\">")
                        .append(activity.count()).append("回</td></tr>\n");
            }
            body.append("</table>\n");
        }
        body.append("<h2>&lt;経費見積（").append(text(plan.fiscalYearLabel())).append("）&gt;</h2>\n")
                .append("<table class=\"estimate\">\n<tr><th>項目</th><th>単価</th><th>数量</th><th>金額</th></tr>\n");
        String heading = null;
        for (PlanView.Item item : plan.estimate().items()) {
            if (item.heading() != null && !Objects.equals(item.heading(), heading)) {
                body.append("<tr class=\"group\"><td colspan=\"4\">・").append(text(item.heading())).append("</td></tr>\n");
            }
            heading = item.heading();
            String quantity = item.quantity().isEmpty() ? "" : "×" + item.quantity();
            if (item.note() != null) {
                quantity = quantity + (quantity.isEmpty() ? "" : " ") + item.note();
            }
            body.append("<tr><td>").append(text(item.description())).append("</td><td class=\"num\">")
                    .append(item.factors().isEmpty() ? "" : "@" + text(item.unitPriceDisplay()))
                    .append("</td><td>").append(text(quantity)).append("</td><td class=\"num\">")
                    .append(text(item.amountDisplay())).append("</td></tr>\n");
        }
        body.append("<tr class=\"total\"><td colspan=\"3\">合計</td><td class=\"num\">")
                .append(text(plan.estimate().totalDisplay())).append("</td></tr>\n</table>\n");
        ComparisonTable comparison = plan.comparison();
        body.append("<h2>(参考) 前年度実績との比較</h2>\n<table class=\"comparison\">\n<tr><th></th><th>")
                .append(text(comparison.lastYearLabel())).append("</th><th>").append(text(comparison.thisYearLabel()))
                .append("</th></tr>\n");
        for (ComparisonTable.Row row : comparison.rows()) {
            boolean total = ComparisonTable.TOTAL.equals(row.heading());
            body.append(total ? "<tr class=\"total\">" : "<tr>").append("<th>").append(text(row.heading()))
                    .append("</th><td").append(total ? " class=\"num\">" : ">").append(text(row.lastYear()))
                    .append("</td><td").append(total ? " class=\"num\">" : ">").append(text(row.thisYear()))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        return Html.page(title, body.toString());
    }

    private static String status(PlanView plan) {
        return switch (plan.status()) {
            case DRAFT -> "作成中";
            case SUBMITTED -> "提出済";
            case APPROVED -> "承認済" + (plan.grantDisplay() == null ? "" : "（助成額 " + plan.grantDisplay() + "）");
            case REJECTED -> "否決";
        };
    }

    private static void row(StringBuilder body, String label, String value) {
        body.append("<tr><th>").append(label).append("</th><td>").append(text(value)).append("</td></tr>\n");
    }
}
