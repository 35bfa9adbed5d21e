package io.councilhub.gateway.apidocs;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /docs/asyncapi.json}: the AsyncAPI 3.0 document of every event type in the contracts' catalogue, and
 * {@code /docs/events}: the same as a page to read (topics, event types, producer, fields, samples). Public.
 */
@Controller
class EventCatalogueController {

    private final EventCatalogueDocs catalogue;

    EventCatalogueController(EventCatalogueDocs catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/docs/asyncapi.json")
    ResponseEntity<ObjectNode> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(catalogue.asyncApi());
    }

    @GetMapping("/docs/events")
    String page(Model model) {
        model.addAttribute("topics", catalogue.topics());
        model.addAttribute("eventCount", catalogue.topics().stream().mapToInt(topic -> topic.events().size()).sum());
        return "docs/events";
    }
}
