package io.councilhub.events.voter.web;

import io.councilhub.chassis.domain.FiscalYear;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.events.voter.Voter;
import io.councilhub.events.voter.VoterRoll;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /api/voter-roll}: the roll the agenda fixes its voters from (the member organisations membership
 * admitted and withdrew, and each year's adopted officers). Read by the secretariat and officers.
 */
@RestController
@RequestMapping("/api/voter-roll")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'OFFICER')")
class VoterRollController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final VoterRoll roll;
    private final Clock clock;

    VoterRollController(VoterRoll roll, Clock clock) {
        this.roll = roll;
        this.clock = clock;
    }

    record RollView(LocalDate on, int active, List<Voter> activeMembers, List<VoterRoll.RollEntry> entries) {
    }

    record OfficersView(int fiscalYear, String label, List<Voter> voters) {
    }

    @GetMapping
    RollView roll() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), TOKYO);
        List<Voter> active = roll.membersActiveOn(today);
        return new RollView(today, active.size(), active, roll.entries());
    }

    @GetMapping("/officers/{year}")
    OfficersView officers(@PathVariable("year") FiscalYear year) {
        List<Voter> voters = roll.officersOf(year).orElseThrow(() -> new NotFoundException("adopted officer roster", year.startYear()));
        return new OfficersView(year.startYear(), year.label(), voters);
    }
}
