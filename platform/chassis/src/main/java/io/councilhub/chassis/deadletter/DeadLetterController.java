package io.councilhub.chassis.deadletter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ops/dead-letters}: this service's dead letters, newest first; {@code POST
 * /api/ops/dead-letters/{topic}/{partition}/{offset}/replay}: publish one again to its original topic. Secretariat
 * only. Registered by {@link DeadLetterConfiguration}, not by component scanning.
 */
@RestController
@PreAuthorize("hasRole('SECRETARIAT')")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/ops/dead-letters")
    DeadLetterListing list(@RequestParam(required = false) Integer limit) {
        return deadLetters.list(limit);
    }

    @PostMapping("/api/ops/dead-letters/{topic}/{partition}/{offset}/replay")
    Replay replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                  Authentication caller) {
        return deadLetters.replay(topic, partition, offset, caller.getName());
    }
}
