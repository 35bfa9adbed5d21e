package io.councilhub.gateway.dashboard.panel;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The roll's active members as a form's choices (a MEMBER user's organisation, a subcommittee's participant), read
 * from membership-service page by page as the signed-in user, through the membership panel's circuit breaker.
 */
@Component
public class ActiveMembers {

    private static final int ROLL_PAGE_SIZE = 200;
    private static final int MAX_ROLL_PAGES = 10;

    /** One member of the roll, as a choice. */
    public record Option(String id, String name, String category) {
    }

    /** membership {@code GET /api/members}: a page of the roll. */
    record RollPage(List<Option> items, long total) {
    }

    private final ServicePanels panels;

    ActiveMembers(ServicePanels panels) {
        this.panels = panels;
    }

    /** Every active member, in the roll's order (by reading); the membership panel's notice when it cannot say. */
    public Panel<List<Option>> all() {
        List<Option> all = new ArrayList<>();
        for (int page = 0; page < MAX_ROLL_PAGES; page++) {
            Panel<RollPage> read = panels.membership().get(RollPage.class,
                    "/api/members?status=ACTIVE&page={page}&size={size}", page, ROLL_PAGE_SIZE);
            if (!read.isAvailable()) {
                return read.map(RollPage::items);
            }
            List<Option> items = read.getData().items() == null ? List.of() : read.getData().items();
            all.addAll(items);
            if (items.size() < ROLL_PAGE_SIZE || all.size() >= read.getData().total()) {
                break;
            }
        }
        return Panel.of(Service.MEMBERSHIP, List.copyOf(all));
    }
}
