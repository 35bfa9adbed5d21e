package io.councilhub.notification.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Turns a {@link Mail} into a MIME message: text/plain, multipart/alternative, multipart/mixed with attachments. */
public final class MimeMessages {

    private static final String UTF_8 = "UTF-8";

    private MimeMessages() {
    }

    public static MimeMessage render(Session session, Mail mail) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session, mail.messageId());
            message.setFrom(address(mail.from()));
            message.setRecipient(MimeMessage.RecipientType.TO, address(mail.to()));
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(new Date());
            mail.headers().forEach((name, value) -> {
                try {
                    message.setHeader(name, value);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (mail.attachments().isEmpty()) {
                fillBody(message, mail);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                fillBody(body, mail);
                mixed.addBodyPart(body);
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

    private static void fillBody(Part part, Mail mail) throws MessagingException {
        if (!mail.hasHtml()) {
            setText(part, mail.text(), "plain");
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        setText(text, mail.text(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        setText(html, mail.html(), "html");
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    private static void setText(Part part, String text, String subtype) throws MessagingException {
        if (part instanceof MimeMessage message) {
            message.setText(text, UTF_8, subtype);
        } else {
            ((MimeBodyPart) part).setText(text, UTF_8, subtype);
        }
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException, UnsupportedEncodingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(MimeUtility.encodeText(attachment.name(), UTF_8, "B"));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress address(MailAddress address) throws UnsupportedEncodingException {
        return address.displayName() == null
                ? new InternetAddress(address.address(), null, UTF_8)
                : new InternetAddress(address.address(), address.displayName(), UTF_8);
    }

    /** Keeps the caller's Message-ID instead of the random one JavaMail would make on saveChanges(). */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
