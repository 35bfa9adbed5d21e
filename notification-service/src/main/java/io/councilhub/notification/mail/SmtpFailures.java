package io.councilhub.notification.mail;

import jakarta.mail.MessagingException;
import java.util.IdentityHashMap;
import java.util.Map;

/** Reads the SMTP reply code out of a JavaMail failure: 5xx is permanent, 4xx and no reply at all (I/O) are not. */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static MailFailure classify(String what, Exception failure) {
        int code = replyCode(failure);
        String message = what + ": " + (code == 0 ? "" : code + " ") + oneLine(failure);
        if (code >= 500 && code < 600) {
            return new MailRejected(message, code, failure);
        }
        return new MailDeferred(message, code, failure);
    }

    /** The most telling reply code in the chain: a 4xx wins over a 5xx (try again), 0 when there was no reply. */
    static int replyCode(Throwable failure) {
        int found = 0;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            int code = codeOf(t);
            if (code >= 400 && code < 500) {
                return code;
            }
            if (code >= 500 && found == 0) {
                found = code;
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return found;
    }

    /**
     * The provider's SMTP exceptions (Angus Mail's SMTPAddressFailedException, SMTPSendFailedException,
     * SMTPSenderFailedException) carry getReturnCode(); the provider is a runtime dependency only, so ask by name.
     */
    private static int codeOf(Throwable t) {
        if (!(t instanceof MessagingException) || t.getClass().getSimpleName().equals("SMTPAddressSucceededException")) {
            return 0;
        }
        try {
            Object code = t.getClass().getMethod("getReturnCode").invoke(t);
            return code instanceof Integer i ? i : 0;
        } catch (ReflectiveOperationException notAnSmtpFailure) {
            return 0;
        }
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
