package io.councilhub.gateway.dashboard.members;

import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reading and changing one member organisation's contact people through membership-service
 * ({@code /api/members/{id}/contacts}), as the signed-in user: the secretariat on the member page, a MEMBER user on
 * its portal (the service lets it change its own organisation's only). A refused field's message is shown in the
 * page's language, with the service's own words after it.
 */
@Component
public class ContactEditing {

    private final ServicePanels panels;
    private final MessageSource messages;

    ContactEditing(ServicePanels panels, MessageSource messages) {
        this.panels = panels;
        this.messages = messages;
    }

    /** What a contact form's command came to: accepted, or refused with the messages by field. */
    public record Outcome(Submission submission, Map<String, String> errors) {

        public boolean accepted() {
            return submission.isAccepted();
        }
    }

    public CompletableFuture<Panel<MembersApi.Contacts>> list(String memberId) {
        return panels.membership().fetch(MembersApi.Contacts.class, "/api/members/{id}/contacts", memberId);
    }

    /** One contact person, as its edit form starts. */
    public Panel<ContactForm> one(String memberId, String contactId) {
        return panels.membership().get(MembersApi.Contact.class, "/api/members/{id}/contacts/{contactId}", memberId,
                contactId).map(ContactForm::of);
    }

    public Outcome add(String memberId, ContactForm form) {
        return outcome(panels.membership().post("/api/members/{id}/contacts", form.body(), memberId));
    }

    public Outcome update(String memberId, String contactId, ContactForm form) {
        return outcome(panels.membership().send("PUT", "/api/members/{id}/contacts/{contactId}", form.body(), memberId,
                contactId));
    }

    public Outcome remove(String memberId, String contactId) {
        return outcome(panels.membership().send("DELETE", "/api/members/{id}/contacts/{contactId}", null, memberId,
                contactId));
    }

    private Outcome outcome(Submission submission) {
        Map<String, String> errors = new LinkedHashMap<>();
        submission.getFieldErrors().forEach((field, said) -> {
            String ours = messages.getMessage("contacts.invalid." + field, null, null, LocaleContextHolder.getLocale());
            errors.put(field, ours == null ? said : said == null || said.isBlank() ? ours : ours + " (" + said + ")");
        });
        return new Outcome(submission, errors);
    }
}
