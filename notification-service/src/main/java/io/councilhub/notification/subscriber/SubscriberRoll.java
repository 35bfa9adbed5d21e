package io.councilhub.notification.subscriber;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** The secretariat's view of the lists: every entry in order of registration, adding an address it has consent for, the suppression list. */
@Component
public class SubscriberRoll {

    private final SubscriberRecords records;
    private final SuppressionRecords suppressionRecords;
    private final Suppressions suppressions;
    private final Clock clock = Clock.systemUTC();

    SubscriberRoll(SubscriberRecords records, SuppressionRecords suppressionRecords, Suppressions suppressions) {
        this.records = records;
        this.suppressionRecords = suppressionRecords;
        this.suppressions = suppressions;
    }

    public List<Subscriber> entries(MailingList list) {
        return records.findByList(list, Sort.by("position", "id"));
    }

    /** Adds an address to the newsletter list as ACTIVE (the secretariat holds its consent). 409 if it is on the list or suppressed. */
    public Subscriber add(MailingList list, Email email, Subscriber.Person person) {
        if (list != MailingList.NEWSLETTER) {
            throw new InvalidFieldException("list", "会員・役員の一覧は会員名簿から自動で作られます (member and officer lists follow the roll)");
        }
        if (records.findByListAndAddress(list, Subscriber.key(email)).isPresent()) {
            throw new RuleViolationException("already-subscribed", "このアドレスは登録済みです。");
        }
        if (suppressions.isSuppressed(email, list)) {
            throw new RuleViolationException("address-suppressed", "このアドレスは配信停止済みです。");
        }
        long position = records.findTopByListOrderByPositionDesc(list).map(Subscriber::position).orElse(0L) + 1;
        return records.save(Subscriber.enrol(list, email, person, position, Subscriber.Source.SECRETARIAT, null, clock.instant()));
    }

    public long count(MailingList list, SubscriberStatus status) {
        return records.countByListAndStatus(list, status);
    }

    /** The suppression list: address, scope ({@code *} or a list) and reason. */
    public List<SuppressionView> suppressions() {
        return suppressionRecords.findAll(Sort.by("since")).stream()
                .map(s -> new SuppressionView(s.address(), s.scope(), s.reason(), s.since())).toList();
    }

    public record SuppressionView(String email, String scope, SuppressionReason reason, java.time.Instant since) {
    }
}
