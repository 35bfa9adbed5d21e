package io.councilhub.finance.budget;

/** Where a budget version is: drafted by the secretariat, proposed to a meeting, adopted. */
public enum BudgetStatus {
    /** 作成中: lines may change; derived lines follow their sources. */
    DRAFT,
    /** 案: balanced and put forward; its figures are fixed. */
    PROPOSED,
    /** 決定: adopted; changed only by a supplementary budget (a new version). */
    ADOPTED
}
