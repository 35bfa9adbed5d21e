package io.councilhub.subcommittee.report.web;

import io.councilhub.chassis.web.Html;

import static io.councilhub.chassis.web.Html.text;
import io.councilhub.subcommittee.report.ReportContent;


/**
 * 活動報告 as a printable page: the joint study sessions and events with their parts, speakers and attendance, the
 * outputs, the meetings held (部会開催実績), the actual costs against the estimate and the self-evaluations.
 */
final class ReportPage {

    private ReportPage() {
    }

    static String render(ReportView report) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text(report.fiscalYearLabel())).append(" 活動報告 ").append(text(report.subcommitteeName()))
                .append("</h1>\n<table class=\"header\">\n");
        row(body, "研究テーマ", report.theme());
        row(body, "活動期間", report.periodLabel());
        body.append("</table>\n");
        if (!report.sessions().isEmpty()) {
            body.append("<h2>開催実績</h2>\n");
            int number = 1;
            for (ReportView.Session session : report.sessions()) {
                body.append("<h3>").append(circled(number++)).append(text(session.title())).append("</h3>\n<table>\n");
                row(body, "日時", session.when());
                row(body, "於", session.venue());
                for (ReportContent.Part part : session.parts()) {
                    body.append("<tr><th>").append(text(part.title())).append("</th><td>")
                            .append(part.speakers().isEmpty() ? "" : "講師：" + text(String.join("、", part.speakers())))
                            .append("</td></tr>\n");
                }
                row(body, "受講者", session.participantsLabel());
                row(body, "講師・運営側", session.staff() == null ? null : session.staff() + "名");
                row(body, "成果", session.outcome());
                body.append("</table>\n");
            }
        }
        if (!report.outputs().isEmpty()) {
            body.append("<h2>成果物</h2>\n");
            for (ReportContent.Output output : report.outputs()) {
                body.append("<h3>").append(text(output.title())).append("</h3>\n<table>\n");
                row(body, "発行実績", output.quantity() == null ? null
                        : "全" + output.quantity() + (output.unit() == null ? "" : output.unit()));
                row(body, "初回", output.first());
                row(body, "最終", output.last());
                body.append("</table>\n");
                if (!output.details().isEmpty()) {
                    body.append("<ul>\n");
                    output.details().forEach(detail -> body.append("<li>").append(text(detail)).append("</li>\n"));
                    body.append("</ul>\n");
                }
            }
        }
        if (!report.meetings().isEmpty()) {
            body.append("<h2>部会開催実績</h2>\n");
            int number = 1;
            for (ReportView.Meeting meeting : report.meetings()) {
                body.append("<h3>").append(circled(number++)).append(text(meeting.title())).append("</h3>\n<table>\n");
                row(body, "日時", meeting.when());
                row(body, "於", meeting.venue());
                row(body, "参加人数", meeting.attendance());
                body.append("<tr><th>議題</th><td>");
                meeting.agenda().forEach(item -> body.append("◆ ").append(text(item)).append("<br>"));
                body.append("</td></tr>\n");
                if (meeting.note() != null) {
                    row(body, "備考", meeting.note());
                }
                body.append("</table>\n");
            }
        }
        if (!report.costs().items().isEmpty()) {
            body.append("<h2>活動費（見積と実績）</h2>\n<table class=\"costs\">\n<tr><th>項目</th><th>内訳</th><th>見積</th><th>実績</th></tr>\n");
            for (ReportView.Cost cost : report.costs().items()) {
                body.append("<tr><td>").append(text(cost.description())).append("</td><td>").append(text(cost.basis()))
                        .append("</td><td class=\"num\">").append(text(cost.estimateDisplay())).append("</td><td class=\"num\">")
                        .append(text(cost.actualDisplay())).append("</td></tr>\n");
            }
            body.append("<tr class=\"total\"><td colspan=\"2\">合計</td><td class=\"num\">")
                    .append(text(report.costs().estimateTotalDisplay())).append("</td><td class=\"num\">")
                    .append(text(report.costs().actualTotalDisplay())).append("</td></tr>\n</table>\n");
        }
        for (ReportContent.SelfEvaluation evaluation : report.selfEvaluations()) {
            body.append("<h2>【自己評価】").append(text(evaluation.subject())).append("</h2>\n<p>")
                    .append(text(evaluation.text())).append("</p>\n");
        }
        return Html.page(report.fiscalYearLabel() + " 活動報告 " + report.subcommitteeName(), body.toString());
    }

    private static String circled(int number) {
        return number >= 1 && number <= 20 ? String.valueOf((char) ('\u2460' + number - 1)) : number + ". ";
    }

    private static void row(StringBuilder body, String label, String value) {
        if (value == null) {
            return;
        }
        body.append("<tr><th>").append(label).append("</th><td>").append(text(value)).append("</td></tr>\n");
    }
}
