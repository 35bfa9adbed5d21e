package io.councilhub.subcommittee.subcommittee;

import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.domain.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The council's subcommittees and working groups: establishes, changes and dissolves them, and applies what the
 * member roll's changes mean for them. Each command is one document write (state and its events).
 */
@Service
public class SubcommitteeRegistry {

    private static final Logger log = LoggerFactory.getLogger(SubcommitteeRegistry.class);

    private final Subcommittees subcommittees;

    SubcommitteeRegistry(Subcommittees subcommittees) {
        this.subcommittees = subcommittees;
    }

    /** Stores a new (established or proposed) subcommittee; an id in use is a 409. */
    public Subcommittee add(Subcommittee subcommittee) {
        if (subcommittees.existsById(subcommittee.id())) {
            throw new RuleViolationException("subcommittee-exists", "a subcommittee with the id " + subcommittee.id() + " exists already");
        }
        try {
            return subcommittees.insert(subcommittee);
        } catch (DuplicateKeyException raced) {
            throw new RuleViolationException("subcommittee-exists", "a subcommittee with the id " + subcommittee.id() + " exists already");
        }
    }

    public Subcommittee get(String id) {
        return subcommittees.findById(id).orElseThrow(() -> new NotFoundException("subcommittee", id));
    }

    /** Every subcommittee, by id. */
    public List<Subcommittee> all() {
        return subcommittees.findAll(Sort.by("id"));
    }

    /** Applies {@code change} to the subcommittee and saves it (with any event it recorded). */
    public Subcommittee change(String id, Consumer<Subcommittee> change) {
        Subcommittee subcommittee = get(id);
        change.accept(subcommittee);
        return subcommittees.save(subcommittee);
    }

    /** Establishes a proposed subcommittee on a meeting's approval, once; a repeat changes nothing. */
    public void establishByProposal(String id, String proposalId, LocalDate decidedOn) {
        Subcommittee subcommittee = get(id);
        if (subcommittee.establishByProposal(proposalId, decidedOn)) {
            subcommittees.save(subcommittee);
        } else {
            log.info("subcommittee {} is {} already; approval by proposal {} changes nothing", id, subcommittee.status(), proposalId);
        }
    }

    /**
     * 退会: the member organisation's participants leave every subcommittee it took part in, and those it represented
     * need a new representative. Idempotent by state: a second delivery finds nothing left to change.
     */
    public int memberWithdrew(String memberId, LocalDate withdrawnOn) {
        int changed = 0;
        for (Subcommittee subcommittee : subcommittees.findByRepresentativeMemberIdOrParticipantMemberIds(memberId, memberId)) {
            if (subcommittee.memberWithdrew(memberId, withdrawnOn)) {
                subcommittees.save(subcommittee);
                changed++;
            }
        }
        return changed;
    }
}
