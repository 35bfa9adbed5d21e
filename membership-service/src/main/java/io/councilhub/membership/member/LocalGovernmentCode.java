package io.councilhub.membership.member;

import io.councilhub.chassis.domain.InvalidFieldException;

/**
 * 全国地方公共団体コード: the six-digit code of a prefecture or municipality, whose last digit checks the
 * first five (weights 6, 5, 4, 3, 2; the check digit is (11 - sum mod 11) mod 10), so a mistyped code
 * is refused. 千葉県 is 120006, 市川市 122033.
 */
public record LocalGovernmentCode(String value) {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public LocalGovernmentCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new InvalidFieldException("localGovernmentCode", "must be six digits, such as 122033");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 10;
        if (value.charAt(5) - '0' != check) {
            throw new InvalidFieldException("localGovernmentCode", "check digit does not match (a typo?)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
