package io.councilhub.events.registration;

import io.councilhub.contracts.membership.MemberCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member organisation as events-service learns it from MemberAdmitted: enough to name a member's registration
 * and count it as 自治体 or 団体. Written with the member's id, so a repeated event overwrites the same document.
 */
@Document("organisations")
public record KnownOrganisation(@Id String id, String name, MemberCategory category) {
}
