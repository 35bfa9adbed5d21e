package io.councilhub.gateway.dashboard.operations;

import io.councilhub.gateway.dashboard.panel.Panel;
import io.councilhub.gateway.dashboard.panel.Service;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How many dead letters wait for the secretariat, over every service: the overview's panel loads it as the fragment
 * {@code GET /dashboard/operations/dead-letters/summary}; the operations page lists them per service.
 */
@Component
class DeadLetterCounts {

    /** Pending (not replayed) dead letters per service that answered, and the services that did not. */
    record Totals(long pending, Map<Service, Long> byService, List<Service> unavailable) {

        public boolean isComplete() {
            return unavailable.isEmpty();
        }
    }

    private final ServicePanels panels;

    DeadLetterCounts(ServicePanels panels) {
        this.panels = panels;
    }

    /** Asks every service at once (each behind its circuit breaker and time limit). */
    CompletableFuture<Totals> fetch() {
        Map<Service, CompletableFuture<Panel<DeadLetterListing>>> calls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            calls.put(service, listing(service, 1));
        }
        return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<Service, Long> byService = new EnumMap<>(Service.class);
            List<Service> unavailable = new ArrayList<>();
            long pending = 0;
            for (Map.Entry<Service, CompletableFuture<Panel<DeadLetterListing>>> call : calls.entrySet()) {
                Panel<DeadLetterListing> panel = call.getValue().join();
                if (panel.isAvailable()) {
                    byService.put(call.getKey(), panel.getData().pending());
                    pending += panel.getData().pending();
                } else {
                    unavailable.add(call.getKey());
                }
            }
            return new Totals(pending, byService, unavailable);
        });
    }

    CompletableFuture<Panel<DeadLetterListing>> listing(Service service, int limit) {
        return panels.client(service).fetch(DeadLetterListing.class, "/api/ops/dead-letters?limit={limit}", limit);
    }
}
