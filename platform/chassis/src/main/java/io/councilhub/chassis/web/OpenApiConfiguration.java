package io.councilhub.chassis.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * The OpenAPI description every service serves at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}):
 * titled by the service, secured by the gateway's bearer JWT, and with the RFC 9457 problem document
 * every error answers with, so clients see the 400/401/403/404/409 shapes next to each operation.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiConfiguration {

    private static final String BEARER = "bearer-jwt";
    private static final String PROBLEM = "Problem";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI councilhubOpenApi(@Value("${spring.application.name:councilhub}") String service) {
        return new OpenAPI()
                .info(new Info().title("councilhub " + service).version("v1")
                        .description("協議会運営プラットフォーム councilhub: " + service
                                + ". Errors are application/problem+json (RFC 9457); a 400 lists each invalid field."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("RS256 token relayed by the gateway; roles SECRETARIAT, OFFICER, MEMBER")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every operation documents the problem answers it can give, with the problem+json schema. */
    @Bean
    OpenApiCustomizer councilhubProblemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // Added here, after springdoc has pruned schemas no operation refers to yet.
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                Map<String, String> problems = Map.of(
                        "400", "入力エラー / invalid input: `errors[].field` names each field",
                        "401", "認証が必要 / missing, expired or invalid token",
                        "403", "権限がない / the role may not do this",
                        "404", "見つからない / not found, or not yours to see",
                        "409", "業務ルール違反 / a rule of the council refuses it: `rule` names which");
                problems.forEach((status, description) -> {
                    if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                    }
                });
            }));
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = new Schema<>().type("object")
                .addProperty("field", new Schema<>().type("string"))
                .addProperty("message", new Schema<>().type("string"));
        return new Schema<>().type("object").description("RFC 9457 problem details")
                .addProperty("type", new Schema<>().type("string").format("uri"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string"))
                .addProperty("rule", new Schema<>().type("string"))
                .addProperty("errors", new Schema<>().type("array").items(error));
    }
}
