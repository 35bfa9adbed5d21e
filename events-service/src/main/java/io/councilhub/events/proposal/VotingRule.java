package io.councilhub.events.proposal;

/**
 * How one kind of meeting decides. Quorum (定足数): the voters taking part (present, by proxy or in writing) are
 * at least {@code quorum} of the voters. Majority: the votes for are more than {@code majority} of the votes cast
 * (for + against; abstentions are not cast), or at least that share when {@code majorityAtLeast} (e.g. 2/3 以上
 * for a bylaws amendment). A proxy given to the chair votes as {@code chairProxy} says.
 * Defaults: quorum 1/2, simple majority (more than 1/2 of the votes cast), chair proxies vote FOR.
 */
public record VotingRule(Fraction quorum, Fraction majority, Boolean majorityAtLeast, ChairProxy chairProxy) {

    public static final VotingRule DEFAULT = new VotingRule(null, null, null, null);

    public VotingRule {
        quorum = quorum == null ? new Fraction(1, 2) : quorum;
        majority = majority == null ? new Fraction(1, 2) : majority;
        majorityAtLeast = majorityAtLeast != null && majorityAtLeast;
        chairProxy = chairProxy == null ? ChairProxy.FOR : chairProxy;
    }

    /** What a proxy given to the chair (議長一任) counts as. */
    public enum ChairProxy {
        /** The chair votes for the proposal (the usual 委任状 practice). */
        FOR,
        /** It counts for the quorum only, as no vote cast. */
        NOT_CAST
    }
}
