package io.councilhub.notification.mail;

/** A mail that was not sent; {@link MailDeferred} or {@link MailRejected}. The SMTP reply code is 0 when there was none. */
public abstract sealed class MailFailure extends RuntimeException permits MailDeferred, MailRejected {

    private final int smtpCode;

    protected MailFailure(String message, int smtpCode, Throwable cause) {
        super(message, cause);
        this.smtpCode = smtpCode;
    }

    public int smtpCode() {
        return smtpCode;
    }
}
