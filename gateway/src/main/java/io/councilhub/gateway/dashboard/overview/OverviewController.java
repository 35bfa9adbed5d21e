package io.councilhub.gateway.dashboard.overview;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code /dashboard}: the overview of the selected fiscal year, one panel per service call. */
@Controller
class OverviewController {

    private final ServicePanels panels;

    OverviewController(ServicePanels panels) {
        this.panels = panels;
    }

    @GetMapping("/dashboard")
    String overview(@ModelAttribute("fy") FiscalYear fy, Model model) {
        CompletableFuture<Panel<MemberCounts>> members = panels.membership()
                .fetch(MemberCounts.class, "/api/members/counts?fiscalYear={year}", fy.startYear());
        model.addAttribute("members", members.join());
        return "dashboard/overview/overview";
    }

    /** {@code GET /api/members/counts}: members per category active during the year and at its end. */
    record MemberCounts(int fiscalYear, List<CategoryCount> categories, long activeDuringYear, long atYearEnd) {
    }

    record CategoryCount(String category, long activeDuringYear, long atYearEnd) {
    }
}
