package io.councilhub.membership.officer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Proposes an entry's change reason by comparing it with last year's roster, organisation by organisation
 * (member id) and person by person. Names and departments are compared after NFKC normalisation without
 * spaces, so {@code 斎藤 栄一}, {@code 斎藤　栄一} and {@code 斎藤栄一} are one person.
 * <ol>
 * <li>The member had an officer last year and it is the same person (in whatever role or department):
 *     {@link ChangeReason#REAPPOINTED 留任}.</li>
 * <li>The member had an officer last year (the one in the same role if there are several), the person differs
 *     and so does the department: the post moved with the duties to another department, as when a
 *     prefecture's reorganisation hands its DX work to a new division: {@link ChangeReason#DUTIES_TRANSFERRED 事務の移行}.</li>
 * <li>The member had an officer last year, the person differs, the department is the same: a personnel
 *     transfer, {@link ChangeReason#REPLACED_BY_TRANSFER 人事異動に伴う交代}.</li>
 * <li>The member had no officer last year, but takes a role one officer holds (会長, 幹事長) whose holder's
 *     organisation is not on this year's roster any more: the duties passed from that organisation to this
 *     one, {@link ChangeReason#DUTIES_TRANSFERRED 事務の移行}.</li>
 * <li>Otherwise the member is new to the roster: {@link ChangeReason#NEW 新任}. With no roster last year,
 *     every entry is new.</li>
 * </ol>
 * Staff may override any proposal; a proposal never replaces an override.
 */
final class ReasonProposal {

    private ReasonProposal() {
    }

    static ChangeReason propose(OfficerEntry entry, List<PriorAppointment> lastYear, Collection<OfficerEntry> thisYear) {
        List<PriorAppointment> sameMember = lastYear.stream()
                .filter(prior -> prior.memberId().equals(entry.memberId())).toList();
        if (!sameMember.isEmpty()) {
            if (sameMember.stream().anyMatch(prior -> same(prior.personName(), entry.personName()))) {
                return ChangeReason.REAPPOINTED;
            }
            PriorAppointment predecessor = sameMember.stream().filter(prior -> prior.role() == entry.role())
                    .findFirst().orElse(sameMember.get(0));
            return same(predecessor.department(), entry.department())
                    ? ChangeReason.REPLACED_BY_TRANSFER : ChangeReason.DUTIES_TRANSFERRED;
        }
        if (entry.role().singleHolder()) {
            boolean takenOverFromAnOrganisationThatLeftTheRoster = lastYear.stream()
                    .filter(prior -> prior.role() == entry.role())
                    .anyMatch(prior -> thisYear.stream().noneMatch(other -> other.memberId().equals(prior.memberId())));
            if (takenOverFromAnOrganisationThatLeftTheRoster) {
                return ChangeReason.DUTIES_TRANSFERRED;
            }
        }
        return ChangeReason.NEW;
    }

    static boolean same(String one, String other) {
        return Objects.equals(normalised(one), normalised(other));
    }

    static String normalised(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
