package io.councilhub.membership.contact.web;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.security.CouncilUser;
import io.councilhub.chassis.security.JwtSettings;
import io.councilhub.chassis.security.Role;
import io.councilhub.membership.contact.Contact;
import io.councilhub.membership.contact.ContactBook;
import io.councilhub.membership.contact.ContactBook.MemberContacts;
import io.councilhub.membership.contact.ContactDraft;
import io.councilhub.membership.contact.ContactList;
import io.councilhub.membership.contact.ContactRole;
import io.councilhub.membership.contact.PhoneNumber;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * {@code /api/members/{id}/contacts}: the contact people of one member organisation. SECRETARIAT and
 * OFFICER read every member's, a MEMBER user only its own organisation's (another's is a 404, not a 403).
 * The secretariat changes any member's, a MEMBER user its own; a withdrawn member's are read-only (409).
 */
@RestController
@RequestMapping("/api/members/{memberId}/contacts")
class ContactController {

    private final ContactBook book;
    private final JwtSettings jwt;

    ContactController(ContactBook book, JwtSettings jwt) {
        this.book = book;
        this.jwt = jwt;
    }

    /** One contact person as sent; {@code id} (in a list) keeps an existing contact's identity. */
    record ContactRequest(@Size(max = 64) String id, @NotBlank @Size(max = 100) String name,
                          @Size(max = 200) String department, @Size(max = 100) String title,
                          @NotBlank @Size(max = 254) @EmailAddress String email,
                          @Size(max = 20) @JapanesePhone String phone, List<@NotNull ContactRole> roles) {

        ContactDraft toDraft() {
            return new ContactDraft(id == null || id.isBlank() ? null : id.strip(), name, department, title,
                    Email.of(email), phone == null || phone.isBlank() ? null : PhoneNumber.of(phone),
                    roles == null || roles.isEmpty() ? null : java.util.EnumSet.copyOf(roles));
        }

        @Override
        public String toString() {
            return "ContactRequest[id=" + id + ", name=" + PersonalData.name(name) + ", email="
                    + PersonalData.email(email) + ", phone=" + PersonalData.phone(phone) + ", roles=" + roles + "]";
        }
    }

    /**
     * The whole new list. {@code version}, when sent, is the version the caller read: if someone changed
     * the list since, the request is a 409 instead of overwriting their change.
     */
    record ContactsRequest(@NotNull @Size(max = ContactList.MAX_CONTACTS) List<@NotNull @Valid ContactRequest> contacts,
                           @PositiveOrZero Long version) {
    }

    record ContactsView(String memberId, String memberName, MemberStatus memberStatus, boolean readOnly, long version,
                        List<ContactView> contacts) {

        static ContactsView of(MemberContacts read) {
            return new ContactsView(read.member().id().value(), read.member().name(), read.member().status(),
                    read.readOnly(), read.version(), read.list().contacts().stream().map(ContactView::of).toList());
        }
    }

    @GetMapping
    ContactsView list(@PathVariable String memberId, Authentication caller) {
        requireReader(memberId, caller);
        return ContactsView.of(book.of(new MemberId(memberId)));
    }

    /** Replaces the whole list; a list equal to the stored one changes nothing and publishes nothing. */
    @PutMapping
    ContactsView replace(@PathVariable String memberId, @Valid @RequestBody ContactsRequest request,
                         Authentication caller) {
        requireWriter(memberId, caller);
        MemberId id = new MemberId(memberId);
        book.replace(id, request.contacts().stream().map(ContactRequest::toDraft).toList(), request.version());
        return ContactsView.of(book.of(id));
    }

    @PostMapping
    ResponseEntity<ContactView> add(@PathVariable String memberId, @Valid @RequestBody ContactRequest request,
                                    Authentication caller) {
        requireWriter(memberId, caller);
        Contact added = book.add(new MemberId(memberId), request.toDraft().forContact(null));
        return ResponseEntity.created(URI.create("/api/members/" + memberId + "/contacts/" + added.id()))
                .body(ContactView.of(added));
    }

    @GetMapping("/{contactId}")
    ContactView get(@PathVariable String memberId, @PathVariable String contactId, Authentication caller) {
        requireReader(memberId, caller);
        return ContactView.of(book.of(new MemberId(memberId)).list().contact(contactId));
    }

    @PutMapping("/{contactId}")
    ContactView update(@PathVariable String memberId, @PathVariable String contactId,
                       @Valid @RequestBody ContactRequest request, Authentication caller) {
        requireWriter(memberId, caller);
        return ContactView.of(book.update(new MemberId(memberId), contactId, request.toDraft()));
    }

    @DeleteMapping("/{contactId}")
    ResponseEntity<Void> remove(@PathVariable String memberId, @PathVariable String contactId, Authentication caller) {
        requireWriter(memberId, caller);
        book.remove(new MemberId(memberId), contactId);
        return ResponseEntity.noContent().build();
    }

    private void requireReader(String memberId, Authentication caller) {
        if (!CouncilUser.from(caller, jwt).maySee(memberId)) {
            throw new NotFoundException("member", memberId);
        }
    }

    /** The secretariat writes any member's contacts, a MEMBER user its own; an officer only reads (403). */
    private void requireWriter(String memberId, Authentication caller) {
        CouncilUser user = CouncilUser.from(caller, jwt);
        if (user.has(Role.SECRETARIAT)
                || (user.has(Role.MEMBER) && user.memberId().filter(memberId::equals).isPresent())) {
            return;
        }
        if (user.maySee(memberId)) {
            throw new AccessDeniedException("reads contacts only");
        }
        throw new NotFoundException("member", memberId);
    }
}
