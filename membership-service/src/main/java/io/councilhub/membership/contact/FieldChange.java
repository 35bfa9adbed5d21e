package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;

/**
 * One field of a contact that changes: {@code title}, 課長 -> 部長. Values are as they print (roles as
 * {@code PRIMARY|NEWSLETTER}); null where the field is empty. Personal data: {@code toString} is masked.
 */
public record FieldChange(String field, String from, String to) {

    @Override
    public String toString() {
        boolean personal = !field.equals("roles");
        return field + ": " + (personal ? PersonalData.text(from) : from) + " -> " + (personal ? PersonalData.text(to) : to);
    }
}
