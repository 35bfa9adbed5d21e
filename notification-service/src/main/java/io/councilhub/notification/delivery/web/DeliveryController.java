package io.councilhub.notification.delivery.web;

import io.councilhub.chassis.domain.Email;
import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.NotFoundException;
import io.councilhub.notification.delivery.Deliveries;
import io.councilhub.notification.delivery.DeliveryStatistics;
import io.councilhub.notification.newsletter.Issue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/newsletters/{publicationId}/issues/{number}/delivery}: how the sending of an issue stands. */
@RestController
@RequestMapping("/api/newsletters/{publicationId}/issues/{number}/delivery")
@PreAuthorize("hasAnyRole('SECRETARIAT','OFFICER')")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    DeliveryStatistics statistics(@PathVariable String publicationId, @PathVariable int number) {
        return deliveries.statistics(Issue.idOf(publicationId, number));
    }

    @GetMapping("/copy")
    @PreAuthorize("hasRole('SECRETARIAT')")
    Deliveries.CopyView copy(@PathVariable String publicationId, @PathVariable int number, @RequestParam String email) {
        Email address;
        try {
            address = Email.of(email);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidFieldException("email", "is not an e-mail address");
        }
        String issueId = Issue.idOf(publicationId, number);
        return deliveries.copy(issueId, address).orElseThrow(() -> new NotFoundException("delivery", address.masked()));
    }
}
