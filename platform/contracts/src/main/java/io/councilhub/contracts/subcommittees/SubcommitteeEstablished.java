package io.councilhub.contracts.subcommittees;

import io.councilhub.contracts.DomainEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 部会・ワーキンググループの設置: a subcommittee (kind SUBCOMMITTEE) or working group (WORKING_GROUP) was
 * established on {@code establishedOn}, with its representative's member organisation.
 */
public record SubcommitteeEstablished(String subcommitteeId, String name, String kind, LocalDate establishedOn, String representativeMemberId) implements DomainEvent {

    public SubcommitteeEstablished {
        Objects.requireNonNull(subcommitteeId, "subcommitteeId");
        Objects.requireNonNull(establishedOn, "establishedOn");
    }

    @Override
    public String subject() {
        return subcommitteeId;
    }
}
