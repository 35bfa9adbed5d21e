package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.RuleViolationException;
import io.councilhub.membership.member.Member;
import io.councilhub.membership.member.MemberId;
import io.councilhub.membership.member.MemberRoll;
import io.councilhub.membership.member.MemberSearch;
import io.councilhub.membership.member.MemberStatus;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the contact people of each member organisation. An unknown member is a 404; a withdrawn
 * member's contacts stay as they were when it left and are read-only (409 {@code member-withdrawn}).
 * Nothing here logs: contact data is personal.
 */
@Service
public class ContactBook {

    private final ContactLists lists;
    private final MemberRoll roll;

    ContactBook(ContactLists lists, MemberRoll roll) {
        this.lists = lists;
        this.roll = roll;
    }

    /** The member and its contacts (an empty list when it has named nobody yet). */
    public MemberContacts of(MemberId id) {
        Member member = roll.get(id);
        return new MemberContacts(member, listOf(id));
    }

    /**
     * Replaces the member's whole list. With {@code expectedVersion} (the version the caller read), a list
     * changed by someone else in between is a 409 instead of being overwritten.
     */
    public ContactsDiff replace(MemberId id, List<ContactDraft> drafts, Long expectedVersion) {
        ContactList list = writable(id);
        if (expectedVersion != null && !expectedVersion.equals(versionOf(list))) {
            throw new RuleViolationException("contacts-changed-meanwhile",
                    "the contacts were changed by someone else since version " + expectedVersion + "; read them again");
        }
        ContactsDiff diff = list.replaceWith(drafts);
        if (!diff.isEmpty()) {
            lists.save(list);
        }
        return diff;
    }

    public Contact add(MemberId id, ContactDraft draft) {
        return change(id, list -> list.add(draft));
    }

    public Contact update(MemberId id, String contactId, ContactDraft draft) {
        return change(id, list -> list.update(contactId, draft));
    }

    public Contact remove(MemberId id, String contactId) {
        return change(id, list -> list.remove(contactId));
    }

    private Contact change(MemberId id, Function<ContactList, Contact> change) {
        ContactList list = writable(id);
        int pending = list.pendingEvents().size();
        Contact result = change.apply(list);
        if (list.pendingEvents().size() > pending) {
            lists.save(list);
        }
        return result;
    }

    /** The member's list for a change: the member must exist and not have withdrawn. */
    ContactList writable(MemberId id) {
        requireWritable(roll.get(id));
        return listOf(id);
    }

    static void requireWritable(Member member) {
        if (member.status() == MemberStatus.WITHDRAWN) {
            throw new RuleViolationException("member-withdrawn", member.name() + " withdrew on " + member.withdrawnOn()
                    + "; its contacts are kept as they were and can no longer be changed");
        }
    }

    /**
     * Every contact of every member that has not withdrawn, as rows of the contacts sheet: members in the
     * order of the roll (by kana reading), contacts in their list's order. What the export writes and the
     * personnel change reads back.
     */
    public List<ContactRow> sheet() {
        Map<String, ContactList> byMember = new HashMap<>();
        lists.findAll().forEach(list -> byMember.put(list.memberId().value(), list));
        List<ContactRow> rows = new ArrayList<>();
        MemberSearch everyone = new MemberSearch(null, null, null, null, MemberSearch.Order.KANA, 0, Integer.MAX_VALUE);
        for (Member member : roll.search(everyone, null).members()) {
            ContactList list = byMember.get(member.id().value());
            if (list == null || member.status() == MemberStatus.WITHDRAWN) {
                continue;
            }
            for (Contact contact : list.contacts()) {
                rows.add(new ContactRow(rows.size() + 2, member.id().value(), member.name(), contact.name(),
                        contact.department(), contact.title(), contact.email().value(),
                        contact.phone() == null ? null : contact.phone().value(), contact.rolesText()));
            }
        }
        return rows;
    }

    ContactList listOf(MemberId id) {
        return lists.findById(id.value()).orElseGet(() -> ContactList.of(id));
    }

    ContactList save(ContactList list) {
        return lists.save(list);
    }

    private static long versionOf(ContactList list) {
        return list.version() == null ? 0 : list.version() + 1;
    }

    /** A member with its contact list, as read. */
    public record MemberContacts(Member member, ContactList list) {

        /** The version a writer sends back to guard against overwriting someone else's change (0: none stored yet). */
        public long version() {
            return versionOf(list);
        }

        public boolean readOnly() {
            return member.status() == MemberStatus.WITHDRAWN;
        }
    }
}
