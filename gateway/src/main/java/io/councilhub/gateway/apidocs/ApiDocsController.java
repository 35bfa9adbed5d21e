package io.councilhub.gateway.apidocs;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.webjars.WebJarVersionLocator;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /docs/api}: Swagger UI over every service's API, and {@code /docs/api/{service}/openapi.json}: that
 * service's OpenAPI document, fetched from it within the time limit (503 problem when it is down or slow). Public:
 * the API's description is no secret, and every call it describes still needs a token.
 */
@Controller
class ApiDocsController {

    private static final String PROBLEMS = "https://councilhub.io/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServiceApiDocs docs;
    private final MessageSource messages;
    private final String swaggerUi;

    ApiDocsController(ServiceApiDocs docs, MessageSource messages) {
        this.docs = docs;
        this.messages = messages;
        this.swaggerUi = "/webjars/swagger-ui/" + new WebJarVersionLocator().version("swagger-ui");
    }

    /** One service in the page's list: its name, label and document. */
    record ServiceDoc(String name, String label, String url) {
    }

    @GetMapping("/docs/api")
    String page(Model model, Locale locale) {
        List<ServiceDoc> services = docs.names().stream().map(name -> new ServiceDoc(name,
                messages.getMessage("edge.service." + name, null, name, locale), "/docs/api/" + name + "/openapi.json")).toList();
        model.addAttribute("services", services);
        model.addAttribute("swaggerUi", swaggerUi);
        model.addAttribute("swaggerUrls", JSON.writeValueAsString(services.stream()
                .map(service -> Map.of("name", service.label(), "url", service.url())).toList()));
        return "docs/api";
    }

    @GetMapping(value = "/docs/api/{service}/openapi.json")
    ResponseEntity<?> openApi(@PathVariable String service) {
        if (!docs.knows(service)) {
            ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "見つかりません (Not found)",
                    "no service named '" + service + "' behind the gateway; known: " + String.join(", ", docs.names()));
            problem.setProperty("field", "service");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        try {
            return docs.fetch(service)
                    .<ResponseEntity<?>>map(document -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (ServiceApiDocs.Unavailable unavailable) {
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "サービスに接続できません (Service unavailable)",
                    "the API description of " + unavailable.service() + " cannot be fetched: the service " + unavailable.getMessage());
            problem.setProperty("service", unavailable.service());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(title);
        return problem;
    }
}
