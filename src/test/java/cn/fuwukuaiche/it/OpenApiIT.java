package cn.fuwukuaiche.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.core.util.Json;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /openapi as a vendor meets it: a standard validator (swagger-parser) reads it without a single message, and a
 * plain HTTP client that knows nothing but the document (server URL, paths, the security scheme's header name, the
 * example body) posts a rating and reads a screen's feed.
 */
class OpenApiIT {

    @Test
    void the_document_validates_and_a_client_driven_by_it_rates_and_reads_a_feed() throws Exception {
        Server.awaitReady();
        HttpResponse<String> doc = Server.get("/openapi");
        assertEquals(200, doc.statusCode());
        assertFalse(doc.body().contains("\nendpoints:"), "no root key outside the standard");

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "validator messages");
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getOpenapi().startsWith("3.0"), api.getOpenapi());

        // every path parameter is required, every operation documents its errors with the error contract's schema
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                if ("path".equals(p.getIn())) {
                    assertTrue(Boolean.TRUE.equals(p.getRequired()), path + " " + p.getName());
                }
            }
            assertTrue(op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4") || code.startsWith("5")), path);
        }));
        assertNotNull(api.getComponents().getSchemas().get("Error"));

        // a client that knows only the document
        String server = api.getServers().get(0).getUrl();
        assertFalse(server.endsWith("/"), server);
        Operation rate = api.getPaths().get("/api/ratings").getPost();
        String schemeName = rate.getSecurity().get(0).keySet().iterator().next();
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(schemeName);
        assertEquals(SecurityScheme.In.HEADER, scheme.getIn());
        MediaType json = rate.getRequestBody().getContent().get("application/json");
        Example example = json.getExamples().values().iterator().next();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Json.mapper().convertValue(example.getValue(), Map.class);
        body.put("clientId", "it-openapi-" + UUID.randomUUID()); // the example's own id may have been used already
        body.remove("staffNo"); // the example's staff number belongs to another window
        HttpResponse<String> posted = Server.HTTP.send(HttpRequest.newBuilder(URI.create(server + "/api/ratings"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header(scheme.getName(), "demo-pad-D01")
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(rate.getResponses().containsKey(String.valueOf(posted.statusCode())), posted.statusCode() + " " + posted.body());
        assertEquals(201, posted.statusCode(), posted.body());

        Operation feed = api.getPaths().get("/api/display/{key}").getGet();
        Parameter key = feed.getParameters().stream().filter(p -> "key".equals(p.getName())).findFirst().orElseThrow();
        String screenKey = String.valueOf(key.getExample());
        HttpResponse<String> read = Server.HTTP.send(HttpRequest.newBuilder(URI.create(server + "/api/display/" + screenKey))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"screen\""), read.body());
        assertTrue(read.headers().firstValue("ETag").isPresent());
    }
}
