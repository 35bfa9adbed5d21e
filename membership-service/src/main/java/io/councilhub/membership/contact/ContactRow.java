package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;

/**
 * One row of the contacts sheet (the export, and the personnel change's input), as text. {@code row} is
 * the spreadsheet's row number (the header is row 1). The member is named by id or, where the id is
 * blank, by its exact name. Personal data: {@code toString} is masked.
 */
public record ContactRow(int row, String memberId, String memberName, String name, String department, String title,
                         String email, String phone, String roles) {

    /** Nothing at all in it (Excel leaves such rows behind). */
    public boolean isBlank() {
        return blank(memberId) && blank(memberName) && !hasContact();
    }

    /** Something in a contact column; a row naming only a member means "this member has no contacts". */
    public boolean hasContact() {
        return !(blank(name) && blank(department) && blank(title) && blank(email) && blank(phone) && blank(roles));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ContactRow[row=" + row + ", memberId=" + memberId + ", memberName=" + memberName + ", name="
                + PersonalData.name(name) + ", email=" + PersonalData.email(email) + ", phone="
                + PersonalData.phone(phone) + ", roles=" + roles + "]";
    }
}
