package io.councilhub.subcommittee.subcommittee.web;

import io.councilhub.chassis.domain.PersonalData;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.councilhub.chassis.domain.JapaneseDates;
import io.councilhub.subcommittee.subcommittee.AdministrativeContact;
import io.councilhub.subcommittee.subcommittee.ChairApproval;
import io.councilhub.subcommittee.subcommittee.Establishment;
import io.councilhub.subcommittee.subcommittee.EstablishmentPeriod;
import io.councilhub.subcommittee.subcommittee.FormerRepresentative;
import io.councilhub.subcommittee.subcommittee.NameInForce;
import io.councilhub.subcommittee.subcommittee.Participant;
import io.councilhub.subcommittee.subcommittee.Representative;
import io.councilhub.subcommittee.subcommittee.Subcommittee;
import io.councilhub.subcommittee.subcommittee.SubcommitteeKind;
import io.councilhub.subcommittee.subcommittee.SubcommitteeStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A subcommittee as the API shows it, with labels as the packet prints them. {@code contact} is left out for a
 * caller who may not see it (a MEMBER user of an organisation that neither represents nor takes part).
 */
record SubcommitteeView(String id, SubcommitteeKind kind, String kindLabel, String name, List<NameInForce> names,
                        LocalDate establishedOn, String establishedOnLabel, Establishment establishment, String purpose,
                        Representative representative, List<FormerRepresentative> formerRepresentatives,
                        @JsonInclude(JsonInclude.Include.NON_NULL) ContactView contact,
                        List<ParticipantView> participants, Period period, SubcommitteeStatus status,
                        String statusLabel, LocalDate dissolvedOn, String dissolutionReason, long version) {

    static SubcommitteeView of(Subcommittee subcommittee, boolean withContact) {
        return new SubcommitteeView(subcommittee.id(), subcommittee.kind(), subcommittee.kind().label(),
                subcommittee.name(), subcommittee.names(), subcommittee.establishedOn(),
                subcommittee.establishedOn() == null ? null : JapaneseDates.format(subcommittee.establishedOn()),
                subcommittee.establishment(), subcommittee.purpose(), subcommittee.representative().orElse(null),
                subcommittee.formerRepresentatives(),
                withContact ? subcommittee.contact().map(ContactView::of).orElse(null) : null,
                subcommittee.participants().stream().map(ParticipantView::of).toList(),
                subcommittee.period().map(Period::of).orElse(null), subcommittee.status(),
                subcommittee.status().label(), subcommittee.dissolvedOn(), subcommittee.dissolutionReason(),
                subcommittee.version() == null ? 0 : subcommittee.version());
    }

    /** 庶務・会計担当者: personal data; its {@code toString} is masked so it never reaches a log in clear. */
    record ContactView(String organisation, String person, String address, String phone, String fax, String email) {

        static ContactView of(AdministrativeContact contact) {
            return new ContactView(contact.organisation(), contact.person(), contact.address(), contact.phone(),
                    contact.fax(), contact.email());
        }

        @Override
        public String toString() {
            return "ContactView[person=" + PersonalData.name(person) + ", email=" + PersonalData.email(email) + "]";
        }
    }

    record ParticipantView(String id, String memberId, boolean member, String organisation, String person, String role,
                           LocalDate joinedOn, LocalDate leftOn, String leftReason, boolean current,
                           ChairApproval approval) {

        static ParticipantView of(Participant participant) {
            return new ParticipantView(participant.id(), participant.memberId(), participant.isMember(),
                    participant.organisation(), participant.person(), participant.role(), participant.joinedOn(),
                    participant.leftOn(), participant.leftReason(), participant.isCurrent(), participant.approval());
        }
    }

    /** 部会設置期間 with the printed form, e.g. 令和4年4月1日～令和5年3月31日. */
    record Period(LocalDate from, LocalDate until, String label) {

        static Period of(EstablishmentPeriod period) {
            return new Period(period.from(), period.until(),
                    JapaneseDates.format(period.from()) + "～" + JapaneseDates.format(period.until()));
        }
    }
}
