package io.councilhub.events.calendar;

import org.springframework.web.util.HtmlUtils;

/**
 * The 年間活動計画書 as a printable HTML page laid out like the packet's table (NO, 事業名称, 概要等, 4月..3月).
 * Every text from users is escaped.
 */
public final class CalendarPage {

    private CalendarPage() {
    }

    public static String render(CalendarSheet sheet) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(e(sheet.title())).append("</title>\n<style>\n")
                .append("@page { size: A4 landscape; margin: 12mm; }\n")
                .append("body { font-family: 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', Meiryo, sans-serif; font-size: 10pt; }\n")
                .append("h1 { font-size: 14pt; text-align: center; }\n")
                .append("table { border-collapse: collapse; width: 100%; table-layout: fixed; }\n")
                .append("th, td { border: 1px solid #000; padding: 3px; vertical-align: top; }\n")
                .append("th { background: #eee; font-weight: normal; }\n")
                .append("col.no { width: 3em; } col.name { width: 9em; } col.summary { width: 16em; }\n")
                .append("td.cell span { display: block; margin-bottom: 2px; }\n")
                .append("td.cell .planned { font-style: italic; }\n")
                .append("td.cell .held::after { content: ' ↔'; }\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(e(sheet.title())).append("</h1>\n<table>\n")
                .append("<colgroup><col class=\"no\"><col class=\"name\"><col class=\"summary\">");
        sheet.months().forEach(month -> html.append("<col>"));
        html.append("</colgroup>\n<thead><tr><th>NO</th><th>事業名称</th><th>概要等</th>");
        sheet.months().forEach(month -> html.append("<th>").append(e(month.label())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (CalendarSheet.Row row : sheet.rows()) {
            html.append("<tr><td>").append(row.no()).append("</td><td>").append(e(row.name())).append("</td><td>")
                    .append(e(row.summary()).replace("\n", "<br>")).append("</td>");
            for (CalendarSheet.Cell cell : row.cells()) {
                html.append("<td class=\"cell\">");
                for (CalendarSheet.Item item : cell.items()) {
                    html.append("<span class=\"").append(item.planned() ? "planned" : "held").append("\">")
                            .append(e(item.label())).append("</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
