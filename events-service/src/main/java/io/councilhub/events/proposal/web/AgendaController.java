package io.councilhub.events.proposal.web;

import io.councilhub.contracts.meetings.ProposalKind;
import io.councilhub.events.proposal.Agenda;
import io.councilhub.events.proposal.AgendaItem;
import io.councilhub.events.proposal.Minutes;
import io.councilhub.events.proposal.web.ProposalViews.ItemSummary;
import io.councilhub.events.proposal.web.ProposalViews.ItemView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code /api/meetings/{meetingId}/agenda} and {@code .../minutes}: every signed-in user reads a meeting's agenda
 * (議案 and 報告 in order) and minutes (議事録); the secretariat puts items on the agenda and writes the minutes.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class AgendaController {

    private final Agenda agenda;

    AgendaController(Agenda agenda) {
        this.agenda = agenda;
    }

    record ProposalRequest(@NotNull @Min(1) @Max(999) Integer number, @NotBlank @Size(max = 200) String title,
                           @Size(max = 20_000) String explanation, @NotNull ProposalKind kind,
                           @Size(max = 100) String subjectRef, @Min(2000) @Max(2100) Integer fiscalYear) {
    }

    record ReportRequest(@NotNull @Min(1) @Max(999) Integer number, @NotBlank @Size(max = 200) String title,
                         @Size(max = 20_000) String text) {
    }

    record MinutesRequest(@NotBlank @Size(max = 100_000) String text) {
    }

    record AgendaView(String meetingId, List<ItemSummary> items) {
    }

    record MinutesView(String meetingId, String text, OffsetDateTime updatedAt, String updatedBy) {

        static MinutesView of(Minutes minutes) {
            return new MinutesView(minutes.meetingId(), minutes.text(), ProposalViews.tokyo(minutes.updatedAt()),
                    minutes.updatedBy());
        }
    }

    @GetMapping("/agenda")
    AgendaView agenda(@PathVariable String meetingId) {
        return new AgendaView(meetingId, agenda.agendaOf(meetingId).stream().map(ItemSummary::of).toList());
    }

    @PostMapping("/agenda/proposals")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<ItemView> addProposal(@PathVariable String meetingId, @Valid @RequestBody ProposalRequest request) {
        AgendaItem item = agenda.addProposal(meetingId, new Agenda.ProposalDraft(request.number(), request.title(),
                request.explanation(), request.kind(), request.subjectRef(), request.fiscalYear()));
        return ResponseEntity.created(URI.create("/api/proposals/" + item.id()))
                .body(ItemView.of(item, voter -> true, agenda.rule(item)));
    }

    @PostMapping("/agenda/reports")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<ItemView> addReport(@PathVariable String meetingId, @Valid @RequestBody ReportRequest request) {
        AgendaItem item = agenda.addReport(meetingId, request.number(), request.title(), request.text());
        return ResponseEntity.created(URI.create("/api/proposals/" + item.id()))
                .body(ItemView.of(item, voter -> true, agenda.rule(item)));
    }

    @GetMapping("/minutes")
    MinutesView minutes(@PathVariable String meetingId) {
        return MinutesView.of(agenda.minutesOf(meetingId));
    }

    @PutMapping("/minutes")
    @PreAuthorize("hasRole('SECRETARIAT')")
    MinutesView reviseMinutes(@PathVariable String meetingId, @Valid @RequestBody MinutesRequest request,
                              Authentication caller) {
        return MinutesView.of(agenda.reviseMinutes(meetingId, request.text(), caller.getName()));
    }
}
