package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.InvalidFieldException;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A Japanese telephone number as people write it: digits with optional hyphens ({@code 047-424-2966},
 * {@code 090-7204-9429}), 10 or 11 digits, starting with 0. Full-width digits and dash look-alikes
 * (０４７－４２４－２９６６) are taken as their ASCII forms. Personal data: {@code toString} is masked.
 */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9]+(-[0-9]+)*");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ー－ｰ]");

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("phone", "must not be blank");
        }
        value = DASHES.matcher(Normalizer.normalize(value.strip(), Normalizer.Form.NFKC)).replaceAll("-");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidFieldException("phone", "must be digits with optional hyphens, such as 047-424-2966");
        }
        int digits = value.replace("-", "").length();
        if (value.charAt(0) != '0') {
            throw new InvalidFieldException("phone", digits == 9 || digits == 10
                    ? "must start with 0 (a spreadsheet may have dropped the leading 0: format the column as text)"
                    : "must start with 0, such as 047-424-2966");
        }
        if (digits < 10 || digits > 11) {
            throw new InvalidFieldException("phone", "must have 10 or 11 digits");
        }
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    /** The digits alone ({@code 0474242966}). */
    public String digits() {
        return value.replace("-", "");
    }

    public String masked() {
        return PersonalData.phone(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
