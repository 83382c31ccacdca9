package io.darkroom.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/** The OpenAPI 3 document of the route table: generated, so it cannot drift from the real endpoints. */
final class OpenApi {
    private OpenApi() {
    }

    static ObjectNode of(List<Route> routes) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Darkroom API").put("version", "1")
                .put("description", "Questions, insights and documents of a Darkroom warehouse. See docs/api.md.");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-API-Key");
        ObjectNode error = components.putObject("schemas").putObject("Error").put("type", "object");
        error.putArray("required").add("code").add("message");
        ObjectNode props = error.putObject("properties");
        props.putObject("code").put("type", "string");
        props.putObject("message").put("type", "string");
        props.putObject("detail").put("type", "string").put("nullable", true);
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.put("operationId", (r.method() + r.path()).replaceAll("[^A-Za-z0-9]+", "_"));
            if (r.role() != null) {
                op.put("x-darkroom-role", r.role().id());
                ArrayNode security = op.putArray("security");
                security.addObject().putArray("bearer");
                security.addObject().putArray("apiKey");
            } else {
                op.putArray("security");
            }
            if (!r.pathParams().isEmpty()) {
                ArrayNode params = op.putArray("parameters");
                for (String p : r.pathParams()) {
                    params.addObject().put("name", p).put("in", "path").put("required", true)
                            .putObject("schema").put("type", "string");
                }
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject(String.valueOf(r.success())).put("description", "success");
            ObjectNode problem = responses.putObject("default").put("description", "error: {code, message, detail}");
            problem.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
        }
        return doc;
    }
}
