package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.outbox.OutboxAggregate;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.membership.member.MemberId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The contact people of one member organisation: one document per member, keyed by the member's id.
 * Every change that alters the list records {@link MemberContactsChanged} with the whole new list;
 * a change that alters nothing records nothing. At most one contact is PRIMARY, and no e-mail address
 * appears twice.
 */
@Document("memberContacts")
public class ContactList extends OutboxAggregate {

    /** More people than a member organisation names as its contacts. */
    public static final int MAX_CONTACTS = 50;

    @Id
    private String memberId;
    private List<Contact> contacts = new ArrayList<>();

    private ContactList() {
    }

    /** The (empty) list of a member that has named nobody yet. */
    public static ContactList of(MemberId member) {
        ContactList list = new ContactList();
        list.memberId = member.value();
        return list;
    }

    /**
     * What {@link #replaceWith(List)} would change, without changing anything. A draft is the same person
     * as an existing contact when it names that contact's id, else has the same e-mail address, else the
     * same name; that contact keeps its id.
     *
     * @throws InvalidFieldException naming {@code contacts[i].field} when the list breaks a rule
     */
    public ContactsDiff compareWith(List<ContactDraft> drafts) {
        List<ListProblem> problems = problems(drafts);
        if (!problems.isEmpty()) {
            ListProblem first = problems.get(0);
            throw new InvalidFieldException("contacts[" + first.index() + "]." + first.field(), first.message());
        }
        Contact[] matched = match(drafts);
        List<Contact> added = new ArrayList<>();
        List<ContactChange> changed = new ArrayList<>();
        List<Contact> unchanged = new ArrayList<>();
        List<Contact> result = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Contact before = matched[i];
            Contact after = before == null ? Contact.of(drafts.get(i)) : before.with(drafts.get(i));
            result.add(after);
            if (before == null) {
                added.add(after);
                continue;
            }
            kept.add(before.id());
            List<FieldChange> fields = before.changesTo(after);
            if (fields.isEmpty()) {
                unchanged.add(before);
            } else {
                changed.add(new ContactChange(before, after, fields));
            }
        }
        List<Contact> removed = contacts.stream().filter(contact -> !kept.contains(contact.id())).toList();
        boolean nothing = added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        return new ContactsDiff(added, removed, changed, unchanged, nothing ? contacts : result);
    }

    /**
     * Replaces the whole list (PUT, and the personnel change per member). Records
     * {@link MemberContactsChanged} when anything changed.
     */
    public ContactsDiff replaceWith(List<ContactDraft> drafts) {
        ContactsDiff diff = compareWith(drafts);
        if (!diff.isEmpty()) {
            contacts = new ArrayList<>(diff.result());
            record(new MemberContactsChanged(memberId, contacts.stream().map(Contact::toEvent).toList()));
        }
        return diff;
    }

    /** Names one more contact person. */
    public Contact add(ContactDraft draft) {
        if (draft.contactId() != null) {
            throw new InvalidFieldException("contactId", "a new contact gets its id from the council");
        }
        List<ContactDraft> drafts = drafts();
        drafts.add(draft);
        return apply(drafts, drafts.size() - 1).added().get(0);
    }

    /** Changes the details of the contact {@code contactId}. */
    public Contact update(String contactId, ContactDraft draft) {
        List<ContactDraft> drafts = drafts();
        int index = indexOf(contactId);
        drafts.set(index, draft.forContact(contactId));
        return apply(drafts, index).result().get(index);
    }

    /** The contact {@code contactId} is no longer a contact of the member. */
    public Contact remove(String contactId) {
        int index = indexOf(contactId);
        Contact removed = contacts.get(index);
        List<ContactDraft> drafts = drafts();
        drafts.remove(index);
        replaceWith(drafts);
        return removed;
    }

    /** Applies a one-contact change; a broken list rule names the field of that contact alone. */
    private ContactsDiff apply(List<ContactDraft> drafts, int index) {
        List<ListProblem> problems = problems(drafts);
        if (!problems.isEmpty()) {
            ListProblem problem = problems.stream().filter(p -> p.index() == index).findFirst().orElse(problems.get(0));
            throw new InvalidFieldException(problem.field(), problem.message());
        }
        return replaceWith(drafts);
    }

    /** The rules of the list that {@code drafts} would break, each at the contact that breaks it. */
    public List<ListProblem> problems(List<ContactDraft> drafts) {
        List<ListProblem> problems = new ArrayList<>();
        if (drafts.size() > MAX_CONTACTS) {
            problems.add(new ListProblem(MAX_CONTACTS, "name", "a member names at most " + MAX_CONTACTS + " contacts"));
        }
        Map<String, Integer> emails = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int primary = -1;
        for (int i = 0; i < drafts.size(); i++) {
            ContactDraft draft = drafts.get(i);
            if (draft.contactId() != null && (!ids.add(draft.contactId()) || find(draft.contactId()) == null)) {
                problems.add(new ListProblem(i, "id", "is not a contact of this member, or is given twice"));
            }
            Integer first = emails.putIfAbsent(draft.email().value().toLowerCase(Locale.ROOT), i);
            if (first != null) {
                problems.add(new ListProblem(i, "email", "is already the address of another contact of this member"));
            }
            if (draft.roles().contains(ContactRole.PRIMARY)) {
                if (primary >= 0) {
                    problems.add(new ListProblem(i, "roles", "only one contact of a member may be PRIMARY"));
                } else {
                    primary = i;
                }
            }
        }
        return problems;
    }

    private Contact[] match(List<ContactDraft> drafts) {
        Contact[] matched = new Contact[drafts.size()];
        List<Contact> free = new ArrayList<>(contacts);
        for (int i = 0; i < drafts.size(); i++) {
            String id = drafts.get(i).contactId();
            if (id != null) {
                matched[i] = take(free, contact -> contact.id().equals(id));
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (matched[i] == null && drafts.get(i).contactId() == null) {
                String email = drafts.get(i).email().value().toLowerCase(Locale.ROOT);
                matched[i] = take(free, contact -> contact.emailKey().equals(email));
            }
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (matched[i] == null && drafts.get(i).contactId() == null) {
                String name = drafts.get(i).name();
                matched[i] = take(free, contact -> contact.name().equals(name));
            }
        }
        return matched;
    }

    private static Contact take(List<Contact> free, Predicate<Contact> same) {
        for (int i = 0; i < free.size(); i++) {
            if (same.test(free.get(i))) {
                return free.remove(i);
            }
        }
        return null;
    }

    private List<ContactDraft> drafts() {
        List<ContactDraft> drafts = new ArrayList<>();
        contacts.forEach(contact -> drafts.add(contact.toDraft()));
        return drafts;
    }

    private int indexOf(String contactId) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).id().equals(contactId)) {
                return i;
            }
        }
        throw new NotFoundException("contact", contactId);
    }

    private Contact find(String contactId) {
        return contacts.stream().filter(contact -> contact.id().equals(contactId)).findFirst().orElse(null);
    }

    public MemberId memberId() {
        return new MemberId(memberId);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    /** The contact {@code contactId}. */
    public Contact contact(String contactId) {
        Contact contact = find(contactId);
        if (contact == null) {
            throw new NotFoundException("contact", contactId);
        }
        return contact;
    }

    @Override
    public String toString() {
        return "ContactList[member=" + memberId + ", contacts=" + contacts + "]";
    }
}
