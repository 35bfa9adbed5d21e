package io.councilhub.notification.newsletter.web;

import io.councilhub.notification.newsletter.Issue;
import io.councilhub.notification.newsletter.Newsletters;
import io.councilhub.notification.newsletter.Publication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code /api/public/newsletters/{publicationId}/issues}: the public archive of back issues (バックナンバー),
 * HTML pages and PDFs, no token needed. Only SENT issues are there; a draft is a 404.
 */
@RestController
@RequestMapping("/api/public/newsletters/{publicationId}/issues")
class ArchiveController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Newsletters newsletters;

    ArchiveController(Newsletters newsletters) {
        this.newsletters = newsletters;
    }

    @GetMapping
    ResponseEntity<String> index(@PathVariable String publicationId) {
        Publication publication = newsletters.publication(publicationId);
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(publication.title())).append(" バックナンバー</title></head>\n<body>\n<h1>")
                .append(escape(publication.title())).append(" バックナンバー</h1>\n<ul>\n");
        for (Issue issue : newsletters.backIssues(publicationId)) {
            page.append("<li><a href=\"").append(escape(newsletters.webUrl(issue))).append("\">第").append(issue.number())
                    .append("号</a> ").append(issue.issueDate()).append(' ').append(escape(issue.subject())).append("</li>\n");
        }
        page.append("</ul>\n</body></html>\n");
        return ResponseEntity.ok().contentType(HTML).body(page.toString());
    }

    @GetMapping("/{number:\\d+}")
    ResponseEntity<String> issue(@PathVariable String publicationId, @PathVariable int number) {
        return ResponseEntity.ok().contentType(HTML).body(newsletters.archivePage(publicationId, number));
    }

    @GetMapping("/{number:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String publicationId, @PathVariable int number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"mailmagazine-" + number + ".pdf\"")
                .body(newsletters.archivePdf(publicationId, number));
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
