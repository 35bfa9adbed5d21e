package io.councilhub.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

/**
 * Turns a {@link Mail} into a MIME message: text/plain, multipart/alternative, multipart/mixed with attachments.
 * Bodies and attachments go out in base64, encoded here with the JDK's encoder and handed to JavaMail as finished
 * content (written out as it is): JavaMail's own path (a data-content-handler lookup per part, a byte-by-byte scan
 * for the transfer encoding, byte-by-byte base64) cost more CPU per newsletter copy than everything else together.
 */
public final class MimeMessages {

    private static final String UTF_8 = "UTF-8";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});

    private MimeMessages() {
    }

    public static MimeMessage render(Session session, Mail mail) {
        try {
            FixedIdMimeMessage message = new FixedIdMimeMessage(session, mail.messageId());
            message.setFrom(address(mail.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, address(mail.to()));
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(new Date());
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            if (mail.attachments().isEmpty()) {
                if (mail.hasHtml()) {
                    message.setContent(alternative(mail));
                } else {
                    message.raw(TEXT, encode(mail.text()));
                }
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                if (mail.hasHtml()) {
                    MimeBodyPart body = new MimeBodyPart();
                    body.setContent(alternative(mail));
                    mixed.addBodyPart(body);
                } else {
                    mixed.addBodyPart(rawPart(TEXT, encode(mail.text()), null));
                }
                for (Attachment attachment : mail.attachments()) {
                    mixed.addBodyPart(attachmentPart(attachment));
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("cannot render mail " + mail.messageId() + ": " + e.getMessage(), e);
        }
    }

    private static MimeMultipart alternative(Mail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(rawPart(TEXT, encode(mail.text()), null));
        alternative.addBodyPart(rawPart(HTML, encode(mail.html()), null));
        return alternative;
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException, UnsupportedEncodingException {
        String name = MimeUtility.encodeText(attachment.name(), UTF_8, "B");
        return rawPart(attachment.contentType() + "; name=\"" + name + "\"", BASE64.encode(attachment.bytes()),
                Part.ATTACHMENT + "; filename=\"" + name + "\"");
    }

    private static byte[] encode(String text) {
        return BASE64.encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body part whose content is already base64: JavaMail writes its bytes as they are. */
    private static MimeBodyPart rawPart(String contentType, byte[] base64, String disposition) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", "base64");
        if (disposition != null) {
            headers.setHeader("Content-Disposition", disposition);
        }
        return new MimeBodyPart(headers, base64);
    }

    private static InternetAddress address(MailAddress address) throws UnsupportedEncodingException {
        return new InternetAddress(address.address(), address.displayName(), UTF_8);
    }

    /** Keeps the caller's Message-ID instead of the random one JavaMail would make on saveChanges(). */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        /** The body as finished content in base64 (written out as it is). */
        void raw(String contentType, byte[] base64) throws MessagingException {
            content = base64;
            setHeader("Content-Type", contentType);
            setHeader("Content-Transfer-Encoding", "base64");
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
