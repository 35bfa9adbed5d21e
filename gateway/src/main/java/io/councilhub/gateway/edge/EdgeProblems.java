package io.councilhub.gateway.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Writes the RFC 9457 problem documents the gateway answers with itself, in the shape the services use
 * ({@code https://councilhub.io/problems/<kind>}, a bilingual title), straight to the servlet response: these
 * answers are given in a servlet filter, before Spring MVC or Spring Security see the request.
 */
final class EdgeProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE_PREFIX = "https://councilhub.io/problems/";

    private EdgeProblems() {
    }

    static ObjectNode problem(int status, String type, String title, String detail, HttpServletRequest request) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", TYPE_PREFIX + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        return problem;
    }

    static void write(HttpServletResponse response, ObjectNode problem) throws IOException {
        response.setStatus(problem.get("status").asInt());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
