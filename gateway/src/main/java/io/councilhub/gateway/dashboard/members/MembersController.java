package io.councilhub.gateway.dashboard.members;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.Uploads;
import io.councilhub.gateway.dashboard.members.MembersApi.Contacts;
import io.councilhub.gateway.dashboard.members.MembersApi.ImportReport;
import io.councilhub.gateway.dashboard.members.MembersApi.Member;
import io.councilhub.gateway.dashboard.members.MembersApi.MemberPage;
import io.councilhub.gateway.dashboard.members.MembersApi.Roster;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import io.councilhub.gateway.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard/members}: search the roll, admit a member, a member's record and contacts with the
 * withdrawal form, importing the roll (dry run, then confirm) and the officer roster of the selected year.
 * Every change goes to membership-service; its refusals show next to the form's fields.
 */
@Controller
@RequestMapping("/dashboard/members")
class MembersController {

    static final List<String> CATEGORIES = List.of("PREFECTURE", "MUNICIPALITY", "COMPANY", "ACADEMIA", "ORGANIZATION");
    private static final int PAGE_SIZE = 50;
    /** membership-service's own limit ({@code councilhub.sheet.max-file-size}). */
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final ServicePanels panels;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ContactEditing contactEditing;
    private final CurrentUser currentUser;

    MembersController(ServicePanels panels, JsonMapper json, MessageSource messages, ContactEditing contactEditing,
                      CurrentUser currentUser) {
        this.panels = panels;
        this.json = json;
        this.messages = messages;
        this.contactEditing = contactEditing;
        this.currentUser = currentUser;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @ModelAttribute("categories")
    List<String> categories() {
        return CATEGORIES;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/members")
                .queryParam("page", Math.max(page, 0)).queryParam("size", PAGE_SIZE);
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", "{q}");
        }
        if (category != null && CATEGORIES.contains(category)) {
            uri.queryParam("category", category);
        }
        if (status != null && List.of("ACTIVE", "WITHDRAWN", "APPLIED", "REJECTED").contains(status)) {
            uri.queryParam("status", status);
        }
        Panel<MemberPage> members = panels.membership().get(MemberPage.class, uri.build().toUriString(),
                q == null ? "" : q.strip());
        model.addAttribute("members", members);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        return "dashboard/members/list";
    }

    @GetMapping("/new")
    String admissionForm(Model model) {
        model.addAttribute("form", MemberForms.Admission.empty());
        return "dashboard/members/admit";
    }

    @PostMapping
    String admit(@ModelAttribute("form") MemberForms.Admission form, Model model, RedirectAttributes redirect) {
        Submission admitted = panels.membership().post("/api/members", form.body());
        if (!admitted.isAccepted()) {
            model.addAttribute("submission", admitted);
            model.addAttribute("errors", admitted.getFieldErrors());
            return "dashboard/members/admit";
        }
        redirect.addFlashAttribute("flash", "members.admitted");
        return "redirect:/dashboard/members/" + admitted.getBody().path("id").asString();
    }

    @GetMapping("/{id}")
    String member(@PathVariable String id, Model model) {
        showMember(id, model);
        return "dashboard/members/member";
    }

    @PostMapping("/{id}/withdrawal")
    String withdraw(@PathVariable String id, @ModelAttribute("withdrawal") MemberForms.Withdrawal form, Model model,
                    RedirectAttributes redirect) {
        Submission withdrawn = panels.membership().post("/api/members/{id}/withdrawal", form.body(), id);
        if (!withdrawn.isAccepted()) {
            showMember(id, model);
            model.addAttribute("submission", withdrawn);
            model.addAttribute("errors", withdrawn.getFieldErrors());
            return "dashboard/members/member";
        }
        redirect.addFlashAttribute("flash", "members.withdrawn");
        return "redirect:/dashboard/members/" + id;
    }

    private void showMember(String id, Model model) {
        ServiceClient membership = panels.membership();
        CompletableFuture<Panel<Member>> member = membership.fetch(Member.class, "/api/members/{id}", id);
        CompletableFuture<Panel<Contacts>> contacts = contactEditing.list(id);
        Panel<Contacts> contactList = contacts.join();
        model.addAttribute("member", member.join());
        model.addAttribute("contacts", contactList);
        model.addAttribute("contactsBase", "/dashboard/members/" + id + "/contacts");
        model.addAttribute("canEditContacts", currentUser.secretariat() && contactList.isAvailable()
                && !contactList.getData().readOnly());
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", ContactForm.empty());
        }
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", MemberForms.Withdrawal.empty());
        }
    }

    /** 担当者の追加: the secretariat adds a contact person; a refused form comes back with the field's message. */
    @PostMapping("/{id}/contacts")
    String addContact(@PathVariable String id, @ModelAttribute("contactForm") ContactForm form, Model model,
                      RedirectAttributes redirect) {
        ContactEditing.Outcome added = contactEditing.add(id, form);
        if (!added.accepted()) {
            model.addAttribute("contactSubmission", added.submission());
            model.addAttribute("contactErrors", added.errors());
            showMember(id, model);
            return "dashboard/members/member";
        }
        redirect.addFlashAttribute("flash", "contacts.added");
        return "redirect:/dashboard/members/" + id;
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    String contactForm(@PathVariable String id, @PathVariable String contactId, Model model) {
        Panel<ContactForm> contact = contactEditing.one(id, contactId);
        model.addAttribute("contact", contact);
        model.addAttribute("contactForm", contact.isAvailable() ? contact.getData() : ContactForm.empty());
        return contactPage(id, contactId, model);
    }

    @PostMapping("/{id}/contacts/{contactId}")
    String updateContact(@PathVariable String id, @PathVariable String contactId,
                         @ModelAttribute("contactForm") ContactForm form, Model model, RedirectAttributes redirect) {
        ContactEditing.Outcome updated = contactEditing.update(id, contactId, form);
        if (!updated.accepted()) {
            model.addAttribute("contactSubmission", updated.submission());
            model.addAttribute("contactErrors", updated.errors());
            return contactPage(id, contactId, model);
        }
        redirect.addFlashAttribute("flash", "contacts.updated");
        return "redirect:/dashboard/members/" + id;
    }

    @PostMapping("/{id}/contacts/{contactId}/removal")
    String removeContact(@PathVariable String id, @PathVariable String contactId, Model model,
                         RedirectAttributes redirect) {
        ContactEditing.Outcome removed = contactEditing.remove(id, contactId);
        if (!removed.accepted()) {
            model.addAttribute("removalSubmission", removed.submission());
            showMember(id, model);
            return "dashboard/members/member";
        }
        redirect.addFlashAttribute("flash", "contacts.removed");
        return "redirect:/dashboard/members/" + id;
    }

    private String contactPage(String id, String contactId, Model model) {
        model.addAttribute("contactAction", "/dashboard/members/" + id + "/contacts/" + contactId);
        model.addAttribute("back", "/dashboard/members/" + id);
        return "dashboard/members/contact";
    }

    @GetMapping("/import")
    String importForm() {
        return "dashboard/members/import";
    }

    /** The dry run: the file goes to the service with {@code dryRun=true}; the plan is shown, the file kept to confirm. */
    @PostMapping("/import")
    String dryRun(HttpServletRequest request, HttpSession session, Model model) throws IOException {
        Optional<Uploads.Upload> file;
        try {
            file = Uploads.file(request, "file", MAX_FILE_BYTES);
        } catch (Uploads.FileTooLargeException tooLarge) {
            model.addAttribute("errors", Map.of("file", message("members.import.fileTooLarge")));
            return "dashboard/members/import";
        }
        if (file.isEmpty() || file.get().isEmpty()) {
            model.addAttribute("errors", Map.of("file", message("members.import.fileRequired")));
            return "dashboard/members/import";
        }
        Uploads.Upload upload = file.get();
        PendingImport pending = new PendingImport(upload.fileName(),
                PendingImport.contentTypeOf(upload.fileName(), upload.contentType()), upload.content());
        Submission plan = panels.membership().upload("/api/members/import?dryRun=true", pending.contentType(),
                pending.content());
        model.addAttribute("fileName", pending.fileName());
        if (!plan.isAccepted()) {
            session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
            model.addAttribute("submission", plan);
            model.addAttribute("errors", plan.getFieldErrors());
            return "dashboard/members/import";
        }
        session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
        model.addAttribute("report", json.treeToValue(plan.getBody(), ImportReport.class));
        return "dashboard/members/import";
    }

    /** Applies the file whose plan was shown; all or nothing on the service's side. */
    @PostMapping("/import/confirm")
    String applyImport(HttpSession session, Model model) {
        if (!(session.getAttribute(PendingImport.SESSION_ATTRIBUTE) instanceof PendingImport pending)) {
            model.addAttribute("errors", Map.of("file", message("members.import.fileAgain")));
            return "dashboard/members/import";
        }
        Submission applied = panels.membership().upload("/api/members/import?dryRun=false", pending.contentType(),
                pending.content());
        model.addAttribute("fileName", pending.fileName());
        if (!applied.isAccepted()) {
            model.addAttribute("submission", applied);
            model.addAttribute("rejectedRows", applied.getBody() == null ? List.of()
                    : json.treeToValue(applied.getBody().path("errors"), MembersApi.RowError[].class));
            return "dashboard/members/import";
        }
        session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
        model.addAttribute("report", json.treeToValue(applied.getBody(), ImportReport.class));
        return "dashboard/members/import";
    }

    @GetMapping("/officers")
    String officers(@ModelAttribute("fy") FiscalYear fy, Model model) {
        model.addAttribute("roster", panels.membership().get(Roster.class, "/api/officer-rosters/{year}", fy.startYear()));
        return "dashboard/members/officers";
    }
}
