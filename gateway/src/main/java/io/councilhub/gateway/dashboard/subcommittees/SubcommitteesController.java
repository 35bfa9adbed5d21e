package io.councilhub.gateway.dashboard.subcommittees;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.ServiceClient;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Plan;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Report;
import io.councilhub.gateway.dashboard.subcommittees.SubcommitteeViews.Subcommittee;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.core.type.TypeReference;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard/subcommittees}: the subcommittees and working groups, the selected year's activity plans (with
 * their totals) and reports; {@code .../plans/{id}} the 活動企画書 with its cost table and the comparison with the year
 * before; {@code .../reports/{id}} the 活動報告 with meetings held, costs and self-evaluation.
 */
@Controller
@RequestMapping("/dashboard/subcommittees")
class SubcommitteesController {

    private static final TypeReference<List<Subcommittee>> SUBCOMMITTEES = new TypeReference<>() {
    };
    private static final TypeReference<List<Plan>> PLANS = new TypeReference<>() {
    };
    private static final TypeReference<List<Report>> REPORTS = new TypeReference<>() {
    };

    private final ServicePanels panels;

    SubcommitteesController(ServicePanels panels) {
        this.panels = panels;
    }

    @GetMapping
    String subcommittees(@ModelAttribute("fy") FiscalYear fy, Model model) {
        ServiceClient subcommittee = panels.subcommittee();
        CompletableFuture<Panel<List<Subcommittee>>> all = subcommittee.fetch(SUBCOMMITTEES, "/api/subcommittees");
        CompletableFuture<Panel<List<Plan>>> plans = subcommittee.fetch(PLANS,
                "/api/subcommittees/plans?fiscalYear={year}", fy.startYear());
        CompletableFuture<Panel<List<Report>>> reports = subcommittee.fetch(REPORTS,
                "/api/subcommittees/reports?fiscalYear={year}", fy.startYear());
        model.addAttribute("subcommittees", all.join());
        model.addAttribute("plans", plans.join());
        model.addAttribute("reports", reports.join());
        return "dashboard/subcommittees/subcommittees";
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        model.addAttribute("plan", panels.subcommittee().get(Plan.class, "/api/subcommittees/plans/{id}", id));
        return "dashboard/subcommittees/plan";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Model model) {
        model.addAttribute("report", panels.subcommittee().get(Report.class, "/api/subcommittees/reports/{id}", id));
        return "dashboard/subcommittees/report";
    }
}
