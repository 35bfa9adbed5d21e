package io.councilhub.notification.newsletter;

import io.councilhub.chassis.domain.InvalidFieldException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A newsletter the council publishes (メルマガ「めざせIT力アップ!」): its title, the subcommittee that
 * publishes it, its cadence, who reviews its issues (member or user ids from that subcommittee) and how many
 * approvals an issue needs.
 */
@Document("publications")
public class Publication {

    @Id
    private String id;
    @Version
    private Long version;
    private String title;
    private String subcommitteeId;
    private Cadence cadence;
    private List<String> reviewers = new ArrayList<>();
    private int approvalsRequired;

    private Publication() {
    }

    public static Publication start(String id, String title, String subcommitteeId, Cadence cadence,
                                    List<String> reviewers, int approvalsRequired) {
        Publication publication = new Publication();
        publication.id = requireSlug(id);
        publication.title = requireText(title, "title");
        publication.subcommitteeId = requireText(subcommitteeId, "subcommitteeId");
        publication.cadence = cadence == null ? Cadence.firstAndFifteenth() : cadence;
        publication.assignReviewers(reviewers, approvalsRequired);
        return publication;
    }

    /** Changes who reviews and how many approvals an issue needs. */
    public void assignReviewers(List<String> reviewers, int approvalsRequired) {
        List<String> ids = reviewers == null ? List.of() : reviewers.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw new InvalidFieldException("reviewers", "at least one reviewer from the publishing subcommittee");
        }
        if (approvalsRequired < 1 || approvalsRequired > ids.size()) {
            throw new InvalidFieldException("approvalsRequired", "must be 1 to the number of reviewers (" + ids.size() + ")");
        }
        this.reviewers = new ArrayList<>(ids);
        this.approvalsRequired = approvalsRequired;
    }

    public void reschedule(Cadence cadence) {
        this.cadence = cadence;
    }

    /** Whether one of {@code identities} (the caller's member id, user id) is a reviewer. */
    public String reviewerAmong(Set<String> identities) {
        return reviewers.stream().filter(identities::contains).findFirst().orElse(null);
    }

    static String requireSlug(String id) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new InvalidFieldException("id", "lower-case letters, digits and '-', 2 to 63 characters");
        }
        return id;
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value.strip();
    }

    public String id() { return id; }
    public String title() { return title; }
    public String subcommitteeId() { return subcommitteeId; }
    public Cadence cadence() { return cadence; }
    public List<String> reviewers() { return List.copyOf(reviewers); }
    public int approvalsRequired() { return approvalsRequired; }
}
