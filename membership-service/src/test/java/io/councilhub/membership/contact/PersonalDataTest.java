package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.PersonalData;
import io.councilhub.chassis.domain.Email;
import io.councilhub.membership.member.MemberId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact data is personal: whatever may reach a log prints it masked. */
class PersonalDataTest {

    static final String NAME = "大塚 信之";
    static final String EMAIL = "joho@example.jp";
    static final String PHONE = "047-334-1111";

    @Test
    void noValueOfTheContactsPrintsTheNameAddressOrPhone() {
        ContactDraft draft = ContactDraft.of(NAME, "情報政策部 情報政策課", "課長", Email.of(EMAIL), PhoneNumber.of(PHONE),
                Set.of(ContactRole.PRIMARY));
        ContactList list = ContactList.of(new MemberId("m-1"));
        ContactsDiff diff = list.replaceWith(List.of(draft));
        Contact contact = list.contacts().get(0);
        ContactsDiff changed = list.compareWith(List.of(ContactDraft.of("大塚 信之", "情報政策部", "部長",
                Email.of(EMAIL), PhoneNumber.of("047-334-2222"), Set.of())));
        ContactRow row = new ContactRow(2, "m-1", "市川市", NAME, "情報政策部 情報政策課", "課長", EMAIL, PHONE, "PRIMARY");
        PersonnelChangeReport report = new PersonnelChangeReport(true, 1, List.of(new PersonnelChangeReport.MemberOutcome(
                "m-1", "市川市", PersonnelChangeReport.Outcome.CHANGED, changed, List.of(2), null)), List.of());

        for (Object value : List.of(draft, contact, diff, changed, changed.changed().get(0), row, list, report,
                PhoneNumber.of(PHONE))) {
            assertThat(value.toString()).as(value.getClass().getSimpleName())
                    .doesNotContain(NAME).doesNotContain("信之").doesNotContain(EMAIL).doesNotContain("joho")
                    .doesNotContain(PHONE).doesNotContain("334").doesNotContain("課長").doesNotContain("部長");
        }
        assertThat(contact.toString()).contains("大***", "j***@example.jp", "0**-***-**11");
    }

    @Test
    void masksEachKindOfPersonalData() {
        assertThat(PersonalData.name("大塚 信之")).isEqualTo("大***");
        assertThat(PersonalData.email("joho@example.jp")).isEqualTo("j***@example.jp");
        assertThat(PersonalData.email("not an address")).isEqualTo("***");
        assertThat(PersonalData.phone("0474242966")).isEqualTo("0*******66");
        assertThat(PersonalData.text("課長")).isEqualTo("***");
        assertThat(PersonalData.name(null)).isNull();
    }
}
