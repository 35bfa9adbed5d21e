package io.councilhub.contracts.membership;

/** 会員区分: the category of a member organisation, which sets its dues rate. */
public enum MemberCategory {
    /** 県. */
    PREFECTURE,
    /** 市町村. */
    MUNICIPALITY,
    /** 民間企業. */
    COMPANY,
    /** 大学・研究機関. */
    ACADEMIA,
    /** 団体 (associations, NPOs, civic tech groups). */
    ORGANIZATION
}
