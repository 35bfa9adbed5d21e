package io.councilhub.notification.newsletter;

/**
 * An issue ready to mail: subject, plain text and HTML bodies (with {@link #UNSUBSCRIBE_URL} where each
 * recipient's own unsubscribe link goes), the web page's URL, and the PDF of the content with its file name.
 */
public record RenderedIssue(String issueId, int number, String subject, String text, String html, String webUrl,
                            String pdfName, byte[] pdf) {

    /** Stands in the bodies for the recipient's unsubscribe URL. */
    public static final String UNSUBSCRIBE_URL = "{{unsubscribe-url}}";

    /** The plain text for one recipient. */
    public String textFor(String unsubscribeUrl) {
        return text.replace(UNSUBSCRIBE_URL, unsubscribeUrl);
    }

    /** The HTML for one recipient. */
    public String htmlFor(String unsubscribeUrl) {
        return html.replace(UNSUBSCRIBE_URL, IssueRenderer.escape(unsubscribeUrl));
    }
}
