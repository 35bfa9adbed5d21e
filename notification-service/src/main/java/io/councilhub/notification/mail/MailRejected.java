package io.councilhub.notification.mail;

/** The SMTP server refused the mail permanently (5xx): do not retry; a newsletter suppresses the address. */
public final class MailRejected extends MailFailure {

    public MailRejected(String message, int smtpCode, Throwable cause) {
        super(message, smtpCode, cause);
    }
}
