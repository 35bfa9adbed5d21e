package io.councilhub.events.voter;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.messaging.EventMetadata;
import io.councilhub.chassis.messaging.IdempotentWrites;
import io.councilhub.contracts.membership.MemberAdmitted;
import io.councilhub.contracts.membership.MemberWithdrawn;
import io.councilhub.contracts.membership.OfficerRosterAdopted;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may vote. Kept from membership's events, each applied once (guarded by its event id): MemberAdmitted puts
 * an organisation on the roll, MemberWithdrawn marks it withdrawn with its date, OfficerRosterAdopted sets a
 * fiscal year's officers (a later roster of the same year replaces the earlier one).
 */
@Service
public class VoterRoll {

    private final MongoOperations mongo;
    private final IdempotentWrites writes;

    VoterRoll(MongoOperations mongo) {
        this.mongo = mongo;
        this.writes = new IdempotentWrites(mongo);
    }

    /** One vote per member organisation active on {@code day}: the voters of a general or extraordinary assembly. */
    public List<Voter> membersActiveOn(LocalDate day) {
        return mongo.find(new Query().with(Sort.by("name", "_id")), RollMember.class).stream()
                .filter(member -> member.activeOn(day))
                .map(member -> new Voter(member.id(), member.name(), List.of()))
                .toList();
    }

    /**
     * The adopted officers of {@code year}, one voter per organisation represented (with its officers' names):
     * the voters of the executive committee. Empty if no roster of that year was adopted.
     */
    public Optional<List<Voter>> officersOf(FiscalYear year) {
        AdoptedOfficers adopted = mongo.findById(key(year.startYear()), AdoptedOfficers.class);
        if (adopted == null) {
            return Optional.empty();
        }
        Map<String, String> names = mongo.find(new Query(), RollMember.class).stream()
                .filter(member -> member.name() != null)
                .collect(Collectors.toMap(RollMember::id, RollMember::name, (a, b) -> a));
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (AdoptedOfficers.Officer officer : adopted.officers()) {
            if (officer.memberId() != null) {
                people.computeIfAbsent(officer.memberId(), id -> new ArrayList<>()).add(officer.personName());
            }
        }
        return Optional.of(people.entrySet().stream()
                .map(entry -> new Voter(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
                .toList());
    }

    /** Every organisation the roll knows, active or withdrawn, by name. */
    public List<RollEntry> entries() {
        return mongo.find(new Query().with(Sort.by("name", "_id")), RollMember.class).stream()
                .map(member -> new RollEntry(member.id(), member.name(), member.admittedOn(), member.withdrawnOn()))
                .toList();
    }

    /** A line of the roll as read over HTTP. */
    public record RollEntry(String memberId, String name, LocalDate admittedOn, LocalDate withdrawnOn) {
    }

    void on(MemberAdmitted admitted, EventMetadata metadata) {
        writes.apply(RollMember.class, admitted.memberId(), metadata, new Update()
                .set("name", admitted.name())
                .set("category", admitted.category())
                .set("admittedOn", admitted.admittedOn()), true);
    }

    void on(MemberWithdrawn withdrawn, EventMetadata metadata) {
        Update update = new Update().set("withdrawnOn", withdrawn.withdrawnOn());
        if (withdrawn.name() != null) {
            update.setOnInsert("name", withdrawn.name());
        }
        writes.apply(RollMember.class, withdrawn.memberId(), metadata, update, true);
    }

    void on(OfficerRosterAdopted adopted, EventMetadata metadata) {
        List<AdoptedOfficers.Officer> officers = adopted.officers().stream()
                .map(officer -> new AdoptedOfficers.Officer(officer.memberId(), officer.personName(), officer.role()))
                .toList();
        writes.apply(AdoptedOfficers.class, key(adopted.fiscalYear()), metadata, new Update()
                .set("fiscalYear", adopted.fiscalYear())
                .set("rosterId", adopted.rosterId())
                .set("officers", officers), true);
    }

    private static String key(int fiscalYear) {
        return String.valueOf(fiscalYear);
    }
}
