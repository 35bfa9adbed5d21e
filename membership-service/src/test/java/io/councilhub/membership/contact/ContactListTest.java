package io.councilhub.membership.contact;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.chassis.outbox.OutboxEntry;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import io.councilhub.contracts.membership.MemberContactsChanged;
import io.councilhub.membership.member.MemberId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static io.councilhub.membership.contact.ContactRole.BILLING;
import static io.councilhub.membership.contact.ContactRole.NEWSLETTER;
import static io.councilhub.membership.contact.ContactRole.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactListTest {

    static final MemberId ICHIKAWA = new MemberId("6f1c2a9e-3b7d-4a51-9c1e-2d8f0b4a7e11");

    static ContactDraft otsuka() {
        return ContactDraft.of("大塚 信之", "情報政策部 情報政策課", "課長", Email.of("joho@example.jp"),
                PhoneNumber.of("047-334-1111"), Set.of(PRIMARY, NEWSLETTER));
    }

    static ContactDraft suzuki() {
        return ContactDraft.of("鈴木 花子", "情報政策部 情報政策課", "主査", Email.of("suzuki@example.jp"), null, Set.of(BILLING));
    }

    @Test
    void replacingTheListRecordsMemberContactsChangedWithTheWholeNewListButNoPhone() {
        ContactList list = ContactList.of(ICHIKAWA);

        ContactsDiff diff = list.replaceWith(List.of(otsuka(), suzuki()));

        assertThat(diff.added()).hasSize(2);
        assertThat(list.contacts()).extracting(Contact::name).containsExactly("大塚 信之", "鈴木 花子");
        assertThat(list.pendingEvents()).hasSize(1);
        OutboxEntry entry = list.pendingEvents().get(0);
        assertThat(entry.type()).isEqualTo(EventCatalogue.MEMBER_CONTACTS_CHANGED.wireName());
        assertThat(entry.subject()).isEqualTo(ICHIKAWA.value());
        MemberContactsChanged event = EventJson.read(entry.payload().getBytes(StandardCharsets.UTF_8),
                MemberContactsChanged.class);
        assertThat(event.contacts()).extracting(MemberContactsChanged.Contact::email)
                .containsExactly("joho@example.jp", "suzuki@example.jp");
        assertThat(event.contacts().get(0).roles()).containsExactly("PRIMARY", "NEWSLETTER");
        assertThat(event.contacts().get(0).contactId()).isEqualTo(list.contacts().get(0).id());
        assertThat(entry.payload()).doesNotContain("047-334-1111").doesNotContain("phone");
    }

    @Test
    void theSameListAgainChangesNothingAndRecordsNothing() {
        ContactList list = ContactList.of(ICHIKAWA);
        list.replaceWith(List.of(otsuka(), suzuki()));
        List<Contact> before = list.contacts();

        ContactsDiff again = list.replaceWith(List.of(suzuki(), otsuka()));

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.unchanged()).hasSize(2);
        assertThat(list.contacts()).isEqualTo(before);
        assertThat(list.pendingEvents()).hasSize(1);
    }

    @Test
    void aPersonKeepsTheirIdAndTheDiffSaysFieldByFieldWhatChanged() {
        ContactList list = ContactList.of(ICHIKAWA);
        list.replaceWith(List.of(otsuka(), suzuki()));
        String otsukaId = list.contacts().get(0).id();

        ContactDraft promoted = ContactDraft.of("大塚　信之", "情報政策部", "部長", Email.of("joho@example.jp"),
                PhoneNumber.of("047-334-1111"), Set.of(PRIMARY, NEWSLETTER));
        ContactDraft successor = ContactDraft.of("高橋 一郎", "情報政策部 情報政策課", "主査", Email.of("takahashi@example.jp"),
                null, Set.of(BILLING));
        ContactsDiff diff = list.replaceWith(List.of(promoted, successor));

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.after().id()).isEqualTo(otsukaId);
            assertThat(change.fields()).containsExactly(new FieldChange("department", "情報政策部 情報政策課", "情報政策部"),
                    new FieldChange("title", "課長", "部長"));
        });
        assertThat(diff.added()).extracting(Contact::name).containsExactly("高橋 一郎");
        assertThat(diff.removed()).extracting(Contact::name).containsExactly("鈴木 花子");
        assertThat(list.contacts().get(0).name()).isEqualTo("大塚 信之");
        assertThat(list.pendingEvents()).hasSize(2);
    }

    @Test
    void aNewAddressOfTheSamePersonIsMatchedByName() {
        ContactList list = ContactList.of(ICHIKAWA);
        list.replaceWith(List.of(otsuka()));
        String id = list.contacts().get(0).id();

        ContactDraft moved = ContactDraft.of("大塚 信之", "情報政策部 情報政策課", "課長", Email.of("otsuka@example.jp"),
                PhoneNumber.of("047-334-1111"), Set.of(PRIMARY, NEWSLETTER));
        ContactsDiff diff = list.compareWith(List.of(moved));

        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.after().id()).isEqualTo(id);
            assertThat(change.fields()).extracting(FieldChange::field).containsExactly("email");
        });
        assertThat(list.contacts().get(0).email().value()).as("compare changes nothing").isEqualTo("joho@example.jp");
    }

    @Test
    void aMemberHasAtMostOnePrimaryAndNoAddressTwice() {
        ContactList list = ContactList.of(ICHIKAWA);
        ContactDraft secondPrimary = ContactDraft.of("鈴木 花子", null, null, Email.of("suzuki@example.jp"), null, Set.of(PRIMARY));

        assertThatThrownBy(() -> list.replaceWith(List.of(otsuka(), secondPrimary)))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("contacts[1].roles"));
        ContactDraft sameAddress = ContactDraft.of("鈴木 花子", null, null, Email.of("JOHO@example.jp"), null, Set.of());
        assertThatThrownBy(() -> list.replaceWith(List.of(otsuka(), sameAddress)))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("contacts[1].email"));
        assertThat(list.contacts()).isEmpty();
        assertThat(list.pendingEvents()).isEmpty();

        list.add(otsuka());
        assertThatThrownBy(() -> list.add(secondPrimary))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("roles"));
        assertThat(list.contacts()).hasSize(1);
    }

    @Test
    void oneContactIsAddedUpdatedAndRemovedEachRecordingTheNewList() {
        ContactList list = ContactList.of(ICHIKAWA);
        Contact added = list.add(otsuka());
        list.add(suzuki());

        Contact updated = list.update(added.id(), ContactDraft.of("大塚 信之", "情報政策部", "部長",
                Email.of("joho@example.jp"), null, Set.of(PRIMARY)));
        assertThat(updated.id()).isEqualTo(added.id());
        assertThat(updated.phone()).isNull();
        list.update(added.id(), updated.toDraft());
        assertThat(list.pendingEvents()).as("an update to the same values records nothing").hasSize(3);

        list.remove(added.id());
        assertThat(list.contacts()).extracting(Contact::name).containsExactly("鈴木 花子");
        assertThat(list.pendingEvents()).hasSize(4);
        assertThatThrownBy(() -> list.remove(added.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> list.replaceWith(List.of(otsuka().forContact("someone-else"))))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("contacts[0].id"));
    }

    @Test
    void aDraftNeedsANameAndAnAddress() {
        assertThatThrownBy(() -> ContactDraft.of(" 　", null, null, Email.of("a@example.jp"), null, Set.of()))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> ContactDraft.of("大塚 信之", null, null, null, null, Set.of()))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("email"));
        assertThatThrownBy(() -> ContactDraft.of("大塚 信之", "x".repeat(201), null, Email.of("a@example.jp"), null, Set.of()))
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("department"));
    }
}
