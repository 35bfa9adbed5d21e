package io.councilhub.gateway.dashboard.operations;

import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.Service;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /dashboard/operations}: per service its readiness ({@code /actuator/health/readiness} at its base URL) and
 * its newest dead letters, each with a replay button; every call behind the service's circuit breaker and time
 * limit, so a service that is down shows its notice and the others still render.
 */
@Controller
@RequestMapping("/dashboard/operations")
class OperationsController {

    static final int LIMIT = 20;

    private final ServicePanels panels;
    private final DeadLetterCounts deadLetters;

    OperationsController(ServicePanels panels, DeadLetterCounts deadLetters) {
        this.panels = panels;
        this.deadLetters = deadLetters;
    }

    /** The readiness probe's answer: {@code UP}, {@code OUT_OF_SERVICE} (a 503, shown as unreachable) ... */
    record Health(String status) {
    }

    /** One service's row of the page. */
    record ServiceOperations(Service service, Panel<Health> health, Panel<DeadLetterListing> deadLetters) {
    }

    @GetMapping
    String operations(Model model) {
        List<CompletableFuture<ServiceOperations>> calls = new ArrayList<>();
        for (Service service : Service.values()) {
            CompletableFuture<Panel<Health>> health = panels.client(service).fetch(Health.class, "/actuator/health/readiness");
            CompletableFuture<Panel<DeadLetterListing>> letters = deadLetters.listing(service, LIMIT);
            calls.add(health.thenCombine(letters, (h, l) -> new ServiceOperations(service, h, l)));
        }
        model.addAttribute("services", calls.stream().map(CompletableFuture::join).toList());
        model.addAttribute("limit", LIMIT);
        return "dashboard/operations/operations";
    }

    /** The overview's dead-letter panel loads this fragment (htmx): the count waiting over every service. */
    @GetMapping("/dead-letters/summary")
    String summary(Model model) {
        model.addAttribute("totals", deadLetters.fetch().join());
        return "dashboard/operations/summary :: summary";
    }

    @PostMapping("/dead-letters/{service}/replay")
    String replay(@PathVariable("service") String serviceKey, @RequestParam String topic, @RequestParam int partition,
                  @RequestParam long offset, RedirectAttributes redirect) {
        Service service = service(serviceKey);
        Submission replayed = panels.client(service).post(
                "/api/ops/dead-letters/{topic}/{partition}/{offset}/replay", null, topic, partition, offset);
        redirect.addFlashAttribute("replayed", new ReplayOutcome(service, topic, partition, offset, replayed));
        return "redirect:/dashboard/operations#" + service.key();
    }

    /** What the page says after a replay: done, or why not. */
    record ReplayOutcome(Service service, String topic, int partition, long offset, Submission submission) {

        public String position() {
            return topic + " / " + partition + " / " + offset;
        }
    }

    private static Service service(String key) {
        for (Service service : Service.values()) {
            if (service.key().equals(key)) {
                return service;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no service " + key);
    }
}
