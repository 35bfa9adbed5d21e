package io.councilhub.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/** What the test SMTP server received, per recipient: the mail as a subscriber's mailbox sees it. */
public final class Mailbox {

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().toLowerCase().contains(address.toLowerCase()));
            } catch (MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    /** Waits (at most 60 s: a full build on two cores is slow) until {@code address} has received {@code count} mails, and returns them. */
    public List<MimeMessage> awaitMails(String address, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> to(address), mails -> mails.size() >= count);
    }

    public MimeMessage awaitOne(String address) {
        return awaitMails(address, 1).get(0);
    }

    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof jakarta.mail.Multipart multipart) {
                return String.valueOf(multipart.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (IOException | MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The first link in the text that starts with {@code prefix}. */
    public static String link(MimeMessage message, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("no link " + prefix + " in " + text(message));
        }
        return matcher.group();
    }
}
