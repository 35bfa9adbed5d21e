package io.councilhub.membership.contact;

import java.util.List;

/**
 * What replacing a member's contact list changes: who is added, removed, changed (field by field) and
 * unchanged, and the list that results. The order of the list alone is not a change.
 */
public record ContactsDiff(List<Contact> added, List<Contact> removed, List<ContactChange> changed,
                           List<Contact> unchanged, List<Contact> result) {

    public ContactsDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        result = List.copyOf(result);
    }

    /** Nothing would change. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
