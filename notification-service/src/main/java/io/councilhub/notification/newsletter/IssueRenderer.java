package io.councilhub.notification.newsletter;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Renders an issue from its Markdown parts: HTML (raw HTML in the Markdown is escaped, unsafe links dropped)
 * and plain text for the mail's multipart/alternative, the archive page, and the PDF.
 */
@Component
class IssueRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    private final IssuePdf pdf;
    private final NewsletterSettings settings;

    IssueRenderer(IssuePdf pdf, NewsletterSettings settings) {
        this.pdf = pdf;
        this.settings = settings;
    }

    RenderedIssue render(Publication publication, Issue issue) {
        String title = heading(publication, issue);
        String webUrl = webUrl(issue);
        String subject = issue.subject();
        StringBuilder plain = new StringBuilder()
                .append(title).append('\n').append(subject).append("\n\n");
        StringBuilder body = new StringBuilder();
        for (Part part : issue.parts()) {
            Node document = parser.parse(part.markdown());
            plain.append("■ ").append(part.heading()).append("\n\n").append(text.render(document).strip()).append("\n\n");
            body.append("<section>\n<h2>").append(escape(part.heading())).append("</h2>\n")
                    .append(html.render(document)).append("</section>\n");
        }
        String pdfName = "mailmagazine-" + issue.number() + ".pdf";
        plain.append("Webページ: ").append(webUrl).append('\n')
                .append("PDF版を添付しています（").append(pdfName).append("）。\n\n")
                .append("配信停止はこちら: ").append(RenderedIssue.UNSUBSCRIBE_URL).append('\n');
        String page = "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n<header><h1>" + escape(title) + "</h1>\n<p>" + escape(subject) + "</p></header>\n"
                + body
                + "<p><a href=\"" + escape(webUrl) + "\">Webページで読む</a>（PDF版を添付しています）</p>\n"
                + "<footer><p><a href=\"" + RenderedIssue.UNSUBSCRIBE_URL + "\">配信停止</a></p></footer>\n</body></html>\n";
        byte[] document = pdf.render(title, subject, issue.parts().stream()
                .map(part -> new IssuePdf.Section(part.heading(), text.render(parser.parse(part.markdown())).strip()))
                .toList());
        return new RenderedIssue(issue.id(), issue.number(), publication.title() + " 第" + issue.number() + "号 " + subject,
                plain.toString(), page, webUrl, pdfName, document);
    }

    /** The archive's page of the issue: the same content without an unsubscribe link. */
    String page(Publication publication, Issue issue) {
        String title = heading(publication, issue);
        StringBuilder body = new StringBuilder();
        for (Part part : issue.parts()) {
            body.append("<section>\n<h2>").append(escape(part.heading())).append("</h2>\n")
                    .append(html.render(parser.parse(part.markdown()))).append("</section>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n<nav><a href=\"" + escape(archiveUrl(issue.publicationId())) + "\">バックナンバー一覧</a></nav>\n"
                + "<header><h1>" + escape(title) + "</h1>\n<p>" + escape(issue.subject()) + "</p></header>\n" + body
                + "<p><a href=\"" + escape(webUrl(issue) + ".pdf") + "\">PDF版</a></p>\n</body></html>\n";
    }

    static String heading(Publication publication, Issue issue) {
        LocalDate date = issue.issueDate();
        return publication.title() + " 第" + issue.number() + "号" + (date == null ? "" : "（" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日号）");
    }

    String webUrl(Issue issue) {
        return archiveUrl(issue.publicationId()) + "/" + issue.number();
    }

    String archiveUrl(String publicationId) {
        return settings.publicBaseUrl() + "/api/public/newsletters/" + publicationId + "/issues";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
