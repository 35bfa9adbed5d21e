package io.councilhub.subcommittee.subcommittee;

/** 部会 or ワーキンググループ: a working group may admit non-members, and its grant eligibility is set per year. */
public enum SubcommitteeKind {
    /** 部会. */
    SUBCOMMITTEE("部会"),
    /** ワーキンググループ: non-members may take part with the chair's approval (会長が必要と認める者). */
    WORKING_GROUP("ワーキンググループ");

    private final String label;

    SubcommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
