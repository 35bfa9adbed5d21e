package io.councilhub.membership.officer;

/** 備考: why an officer holds the post this year, against last year's roster. */
public enum ChangeReason {
    /** 留任: the same person of the same organisation stays. */
    REAPPOINTED("留任"),
    /** 人事異動に伴う交代: the organisation's post passed to another person (a personnel transfer). */
    REPLACED_BY_TRANSFER("人事異動に伴う交代"),
    /** 事務の移行: the duties moved to another department (or, for 会長/幹事長, another organisation). */
    DUTIES_TRANSFERRED("事務の移行"),
    /** 新任: an organisation that had no officer last year. */
    NEW("新任");

    private final String label;

    ChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
