package io.councilhub.membership.member.web;

import io.councilhub.membership.member.MemberSearch;
import io.councilhub.membership.member.RollVersion;
import io.councilhub.membership.member.web.MemberController.MemberPageView;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages of the roll as last read, each kept with the roll's version it was read at. The roll changes a few times a
 * year and is read with every dashboard page and every script's sync; a page is read again from the store only when
 * the version has moved (any instance's change), or when it is older than {@link #MAX_AGE} (a safety net for a change
 * made outside the service). The version is read before the roll, so a page read while a change lands is kept under
 * the older version and read again on the next request.
 */
@Component
class RollPages {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    static final int CAPACITY = 500;

    /** A search as one caller scope sees it: {@code onlyMember} is a MEMBER caller's own organisation, or null. */
    record Key(MemberSearch search, String onlyMember) {
    }

    private record Kept(long version, Instant readAt, MemberPageView page) {
    }

    private final RollVersion version;
    private final Map<Key, Kept> pages = new ConcurrentHashMap<>();

    RollPages(RollVersion version) {
        this.version = version;
    }

    MemberPageView page(Key key, Supplier<MemberPageView> read) {
        long now = version.current();
        Instant at = Instant.now();
        Kept kept = pages.get(key);
        if (kept != null && kept.version() == now && at.isBefore(kept.readAt().plus(MAX_AGE))) {
            return kept.page();
        }
        MemberPageView page = read.get();
        if (pages.size() >= CAPACITY) {
            pages.clear();
        }
        pages.put(key, new Kept(now, at, page));
        return page;
    }
}
