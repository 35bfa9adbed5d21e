package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.panel.ActiveMembers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.councilhub.gateway.dashboard.subcommittees.PlanForms.orEmpty;

/**
 * What the participant forms of a subcommittee's page post, as typed. A member organisation is chosen from the roll;
 * only a working group admits a non-member, by name and with the chair's approval (subcommittee-service's rule, here
 * so that the form says it before anything is sent).
 */
final class ParticipantForms {

    private ParticipantForms() {
    }

    /** 参加団体の追加: {@code POST /api/subcommittees/{id}/participants}. */
    record NewParticipant(String memberId, String organisation, String person, String role, String joinedOn,
                          String approvedBy, String approvedOn) {

        static NewParticipant empty(LocalDate today) {
            return new NewParticipant("", "", "", "", today.toString(), "", today.toString());
        }

        boolean nonMember() {
            return memberId == null || memberId.isBlank();
        }

        Map<String, String> problems(boolean workingGroup, List<ActiveMembers.Option> roll) {
            Map<String, String> problems = new LinkedHashMap<>();
            if (nonMember()) {
                if (!workingGroup) {
                    problems.put("memberId", "subcommittees.error.memberRequired");
                } else {
                    if (blank(organisation)) {
                        problems.put("organisation", "subcommittees.error.organisationRequired");
                    }
                    if (blank(approvedBy)) {
                        problems.put("approvedBy", "subcommittees.error.approvalRequired");
                    }
                    if (day(approvedOn) == null) {
                        problems.put("approvedOn", "subcommittees.error.date");
                    }
                }
            } else if (member(roll).isEmpty()) {
                problems.put("memberId", "subcommittees.error.memberRequired");
            }
            if (day(joinedOn) == null) {
                problems.put("joinedOn", "subcommittees.error.date");
            }
            for (Map.Entry<String, String> text : Map.of("organisation", orEmpty(organisation), "person",
                    orEmpty(person), "role", orEmpty(role), "approvedBy", orEmpty(approvedBy)).entrySet()) {
                if (text.getValue().strip().length() > 100 && !problems.containsKey(text.getKey())) {
                    problems.put(text.getKey(), "subcommittees.error.tooLong");
                }
            }
            return problems;
        }

        /** A member as the roll names it; a non-member as typed, with the chair's approval. */
        Map<String, Object> body(List<ActiveMembers.Option> roll) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (nonMember()) {
                body.put("memberId", null);
                body.put("organisation", organisation.strip());
            } else {
                ActiveMembers.Option chosen = member(roll).orElseThrow();
                body.put("memberId", chosen.id());
                body.put("organisation", chosen.name());
            }
            body.put("person", blank(person) ? null : person.strip());
            body.put("role", blank(role) ? null : role.strip());
            body.put("joinedOn", joinedOn.strip());
            if (nonMember()) {
                Map<String, Object> approval = new LinkedHashMap<>();
                approval.put("approvedBy", approvedBy.strip());
                approval.put("approvedOn", approvedOn.strip());
                body.put("approval", approval);
            }
            return body;
        }

        private Optional<ActiveMembers.Option> member(List<ActiveMembers.Option> roll) {
            return roll.stream().filter(option -> option.id().equals(memberId.strip())).findFirst();
        }
    }

    /** 参加の終了: {@code DELETE /api/subcommittees/{id}/participants/{pid}?leftOn=&reason=}. */
    record Leaving(String leftOn, String reason) {

        Map<String, String> problems() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (day(leftOn) == null) {
                problems.put("leftOn", "subcommittees.error.date");
            }
            if (reason != null && reason.strip().length() > 500) {
                problems.put("reason", "subcommittees.error.tooLong");
            }
            return problems;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }


    static LocalDate day(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
