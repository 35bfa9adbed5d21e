package io.councilhub.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.Enumeration;
import java.util.UUID;

/**
 * Turns a {@link Mail} into a MIME message: text/plain, multipart/alternative (text and HTML), multipart/mixed with
 * attachments, every part in base64. The body is composed here, with the JDK's base64 encoder, and written out as it
 * is; JavaMail only writes the headers and speaks SMTP. JavaMail's own path (a data-content-handler and a stream
 * provider looked up through the class loader's service files for every part of every message, byte-by-byte base64)
 * cost more CPU per newsletter copy than everything else together. Attachments are encoded once (see
 * {@link Attachment}).
 */
public final class MimeMessages {

    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});
    private static final byte[] CRLF = {'\r', '\n'};

    private MimeMessages() {
    }

    public static MimeMessage render(Session session, Mail mail) {
        try {
            Body body = body(mail);
            ComposedMimeMessage message = new ComposedMimeMessage(session, mail.messageId(), mail.subject(), body.bytes());
            message.setFrom(EncodedWords.address(mail.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, EncodedWords.address(mail.to()));
            message.setHeader("Subject", EncodedWords.encode(mail.subject()));
            message.setSentDate(new Date());
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            message.setHeader("MIME-Version", "1.0");
            message.setHeader("Content-Type", body.contentType());
            if (body.transferEncoding() != null) {
                message.setHeader("Content-Transfer-Encoding", body.transferEncoding());
            }
            message.setHeader("Message-ID", mail.messageId());
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot render mail " + mail.messageId() + ": " + e.getMessage(), e);
        }
    }

    /** The message body and the headers that describe it. */
    private record Body(String contentType, String transferEncoding, byte[] bytes) {
    }

    private static Body body(Mail mail) {
        if (mail.attachments().isEmpty() && !mail.hasHtml()) {
            return new Body(TEXT, "base64", encode(mail.text()));
        }
        Parts alternative = null;
        if (mail.hasHtml()) {
            alternative = new Parts("alternative")
                    .part(TEXT, null, encode(mail.text()))
                    .part(HTML, null, encode(mail.html()));
            if (mail.attachments().isEmpty()) {
                return new Body(alternative.contentType(), null, alternative.close());
            }
        }
        Parts mixed = new Parts("mixed");
        if (alternative != null) {
            mixed.nested(alternative);
        } else {
            mixed.part(TEXT, null, encode(mail.text()));
        }
        for (Attachment attachment : mail.attachments()) {
            String name = attachment.encodedName();
            mixed.part(attachment.contentType() + "; name=\"" + name + "\"", "attachment; filename=\"" + name + "\"",
                    attachment.base64());
        }
        return new Body(mixed.contentType(), null, mixed.close());
    }

    private static byte[] encode(String text) {
        return BASE64.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart body being written: parts in base64, each after its boundary. */
    private static final class Parts {

        private final String subtype;
        private final String boundary = "=_councilhub_" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

        Parts(String subtype) {
            this.subtype = subtype;
        }

        String contentType() {
            return "multipart/" + subtype + "; boundary=\"" + boundary + "\"";
        }

        Parts part(String contentType, String disposition, byte[] base64) {
            StringBuilder headers = new StringBuilder(160).append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n");
            if (disposition != null) {
                headers.append("Content-Disposition: ").append(disposition).append("\r\n");
            }
            headers.append("\r\n");
            out.writeBytes(headers.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(base64);
            out.writeBytes(CRLF);
            return this;
        }

        Parts nested(Parts inner) {
            String headers = "--" + boundary + "\r\nContent-Type: " + inner.contentType() + "\r\n\r\n";
            out.writeBytes(headers.getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(inner.close());
            out.writeBytes(CRLF);
            return this;
        }

        byte[] close() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }

    /**
     * A message whose body is already composed: written out as it is after the headers. Keeps the caller's
     * Message-ID instead of the random one JavaMail would make.
     */
    private static final class ComposedMimeMessage extends MimeMessage {

        private final String messageId;
        private final String subject;
        private final byte[] body;

        ComposedMimeMessage(Session session, String messageId, String subject, byte[] body) {
            super(session);
            this.messageId = messageId;
            this.subject = subject;
            this.body = body;
            this.content = body;
            this.saved = true;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        /** The subject as composed (the SMTP transport asks for it; decoding the header would cost a provider look-up). */
        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        protected void updateHeaders() throws MessagingException {
            // Every header is set when the message is composed; nothing to derive from a DataHandler.
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException, MessagingException {
            Enumeration<String> lines = getNonMatchingHeaderLines(ignoreList);
            StringBuilder headers = new StringBuilder(1024);
            while (lines.hasMoreElements()) {
                headers.append(lines.nextElement()).append("\r\n");
            }
            headers.append("\r\n");
            os.write(headers.toString().getBytes(StandardCharsets.UTF_8));
            os.write(body);
            os.flush();
        }
    }
}
