package io.councilhub.gateway.dashboard.panel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 賛否の回答 sent to events-service, the same from the member portal, an officer's own answer and the secretariat's
 * record on a voter's behalf: a first answer is {@code POST /api/proposals/{id}/votes}, a changed one
 * {@code PUT /api/proposals/{id}/votes/{voter}}. Only the secretariat names the voter in a first answer; anyone else
 * answers for the organisation of its token. A 委任状, from the portal or an officer's own, is
 * {@code POST /api/proposals/{id}/proxies {delegate}} for the organisation of the token: to the chair
 * ({@link #CHAIR}) or to another voter of the proposal.
 */
public final class VoteAnswers {

    /** events-service's name for the meeting's chair as a proxy's delegate. */
    public static final String CHAIR = "CHAIR";

    private VoteAnswers() {
    }

    /**
     * @param voter     the voting organisation (the path of a change; the body of a first answer {@code onBehalf})
     * @param onBehalf  the secretariat records the voter's answer
     * @param answered  the voter has answered before: this is a change
     */
    public static Submission send(ServiceClient events, String proposalId, String voter, boolean onBehalf,
                                  boolean answered, String choice) {
        if (answered) {
            return events.send("PUT", "/api/proposals/{id}/votes/{voter}", Map.of("choice", choice), proposalId, voter);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (onBehalf) {
            body.put("voter", voter);
        }
        body.put("choice", choice);
        return events.post("/api/proposals/{id}/votes", body, proposalId);
    }

    /** The token's organisation gives its vote on {@code proposalId} to {@code delegate}: CHAIR or a voter (委任状). */
    public static Submission giveProxy(ServiceClient events, String proposalId, String delegate) {
        return events.post("/api/proposals/{id}/proxies", Map.of("delegate", delegate), proposalId);
    }

    /**
     * Whether {@code delegate} may receive {@code voter}'s proxy on a proposal with {@code voterIds}: the chair, or
     * another of its voters (events-service's rule, checked first to name the field in the caller's language).
     */
    public static boolean isDelegate(String delegate, String voter, Collection<String> voterIds) {
        return CHAIR.equals(delegate) || !delegate.equals(voter) && voterIds.contains(delegate);
    }
}
