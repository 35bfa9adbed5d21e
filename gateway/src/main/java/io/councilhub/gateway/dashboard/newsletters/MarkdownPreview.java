package io.councilhub.gateway.dashboard.newsletters;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders an issue part's Markdown as the mail will show it: CommonMark with raw HTML escaped and unsafe link
 * schemes removed, as notification-service renders it. The result is safe to insert unescaped.
 */
@Component
class MarkdownPreview {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String render(String markdown) {
        return markdown == null ? "" : html.render(parser.parse(markdown));
    }
}
