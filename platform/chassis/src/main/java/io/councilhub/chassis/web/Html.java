package io.councilhub.chassis.web;

/**
 * The printable pages services serve (a plan, a report, the activity calendar): a plain Japanese page style, and
 * escaping that every piece of user text goes through ({@link #text}).
 */
public final class Html {

    public static final String STYLE = """
            body{font-family:"Hiragino Mincho ProN","Yu Mincho","Noto Serif JP",serif;margin:2em;line-height:1.6}
            h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
            table{border-collapse:collapse;margin:0.5em 0}th,td{border:1px solid #333;padding:0.2em 0.6em;vertical-align:top}
            td.num{text-align:right;white-space:nowrap}tr.group td{font-weight:bold;border-bottom:none}
            tr.total td{font-weight:bold;border-top:2px solid #333}
            @media print{body{margin:0}}
            """;

    private Html() {
    }

    /** Escaped, with line breaks kept; null prints as nothing. */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>" + text(title)
                + "</title><style>" + STYLE + "</style></head><body>\n" + body + "</body></html>\n";
    }
}
