package io.councilhub.membership.contact;

import java.util.List;

/** A contact person who stays and changes some fields (a new title after the April personnel change). */
public record ContactChange(Contact before, Contact after, List<FieldChange> fields) {

    public ContactChange {
        fields = List.copyOf(fields);
    }
}
