package io.councilhub.events.proposal;

import io.councilhub.events.meeting.MeetingKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * {@code councilhub.voting}: the {@link VotingRule} per meeting kind (e.g. {@code rules.GENERAL_ASSEMBLY.quorum: 1/2};
 * a kind not listed uses the defaults) and how often written resolutions are checked for a passed deadline.
 */
@ConfigurationProperties("councilhub.voting")
public record VotingSettings(@DefaultValue Map<MeetingKind, VotingRule> rules,
                             @DefaultValue("30s") Duration deadlineCheck) {

    public VotingRule ruleFor(MeetingKind kind) {
        return rules.getOrDefault(kind, VotingRule.DEFAULT);
    }
}
