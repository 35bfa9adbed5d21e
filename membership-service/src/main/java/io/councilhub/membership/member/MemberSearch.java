package io.councilhub.membership.member;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.contracts.membership.MemberCategory;

/**
 * What the roll is searched by; every criterion is optional.
 *
 * @param text     part of the name, in kanji or kana (hiragana finds katakana readings too)
 * @param activeIn members active at any time in this fiscal year
 * @param order    {@code KANA} (the reading, as Japanese lists are ordered) or {@code ADMISSION}
 */
public record MemberSearch(String text, MemberCategory category, MemberStatus status, FiscalYear activeIn,
                           Order order, int page, int size) {

    /** How results are ordered. */
    public enum Order {
        KANA,
        ADMISSION
    }
}
