package io.councilhub.contracts.meetings;

/**
 * What a proposal (議案) decides, which tells consumers whether the decision is theirs to act on and
 * how to read its {@code subjectRef}.
 */
public enum ProposalKind {
    /** 事業計画: subjectRef is the fiscal year; nobody acts on it but notification. */
    BUSINESS_PLAN,
    /** 収支予算: subjectRef is the fiscal year (e.g. "2022"); finance adopts that year's budget. */
    BUDGET,
    /** 収支決算: subjectRef is the fiscal year settled (e.g. "2021"); finance closes that year's settlement. */
    SETTLEMENT,
    /** 役員・幹事の選任: subjectRef is the fiscal year; membership adopts that year's officer roster. */
    OFFICER_ELECTION,
    /** 入会の承認: subjectRef is the member id of the application; membership admits it. */
    MEMBER_ADMISSION,
    /** 部会の活動計画: subjectRef is the activity plan id; subcommittee approves the plan. */
    ACTIVITY_PLAN,
    /** 部会の設置: subjectRef is the id of the proposed subcommittee; subcommittee establishes it. */
    SUBCOMMITTEE_ESTABLISHMENT,
    /** 規約改正: subjectRef names the bylaws version; nobody acts on it but notification. */
    BYLAWS_AMENDMENT,
    /** 事業報告 and anything else: nobody acts on it but notification. */
    OTHER
}
