package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON endpoint, as every kind of caller, with bodies that are not an object at all, and with a body built
 * from its OpenAPI schema with each field in turn left out, null, or at the edge of its type (far-off dates, the
 * largest numbers, long text): each answer is a 4xx (a missing required field or an impossible date is the
 * client's error, e.g. a review without its appointment), never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedBodiesTests {

    static final UUID CLINIC = UUID.fromString("c0000000-0000-4000-8000-0000000000b1");
    static final List<String> BODIES = List.of("{}", "null", "[]", "\"x\"", "{\"a\":{}}", "");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Mfa mfa;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void no_json_endpoint_answers_500_to_an_empty_or_wrongly_shaped_body(CapturedOutput output) {
        Http http = new Http(port);
        IdentityFixtures fixtures = new IdentityFixtures(http, staff, mfa, jdbc);
        Map<String, String[]> callers = new LinkedHashMap<>();
        callers.put("anonymous", new String[0]);
        String patient = IdentityFixtures.uniqueEmail("bodies-patient");
        fixtures.verifiedPatient(patient);
        callers.put("patient", bearer(fixtures.token(patient, false)));
        String admin = IdentityFixtures.uniqueEmail("bodies-clinic-admin");
        fixtures.staff(admin, Role.CLINIC_ADMIN, CLINIC);
        callers.put("clinic admin", bearer(fixtures.token(admin, true)));
        String platform = IdentityFixtures.uniqueEmail("bodies-platform-admin");
        fixtures.staff(platform, Role.PLATFORM_ADMIN);
        callers.put("platform admin", bearer(fixtures.token(platform, true)));

        JsonNode openApi = json.readTree(http.get("/api/v1/openapi.json").body());
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String[] endpoint : jsonEndpoints()) {
            List<String> bodies = new ArrayList<>(BODIES);
            bodies.addAll(eachFieldLeftOut(openApi, endpoint[0], endpoint[2]));
            for (Map.Entry<String, String[]> caller : callers.entrySet()) {
                for (String body : bodies) {
                    HttpResponse<String> response = http.send(endpoint[0], endpoint[1], body, caller.getValue());
                    requests++;
                    if (response.statusCode() >= 500) {
                        failures.add(endpoint[0] + " " + endpoint[1] + " as " + caller.getKey() + " with " + body + ": "
                                + response.statusCode());
                    }
                }
            }
        }

        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).isEmpty();
        assertThat(output.getAll()).doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }

    /**
     * From the endpoint's request schema in the OpenAPI document: a body with a plausible value for every field,
     * then that body with each field left out and with each field null in turn.
     */
    private List<String> eachFieldLeftOut(JsonNode openApi, String method, String pattern) {
        JsonNode schema = resolve(
                openApi,
                openApi.path("paths")
                        .path(pattern)
                        .path(method.toLowerCase())
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema"));
        if (!schema.has("properties")) {
            return List.of();
        }
        ObjectNode full = (ObjectNode) plausible(openApi, schema, 0);
        List<String> bodies = new ArrayList<>(List.of(full.toString()));
        for (String field : full.propertyNames()) {
            ObjectNode without = full.deepCopy();
            without.remove(field);
            bodies.add(without.toString());
            ObjectNode nulled = full.deepCopy();
            nulled.putNull(field);
            bodies.add(nulled.toString());
            for (JsonNode extreme :
                    extremes(resolve(openApi, schema.path("properties").path(field)))) {
                ObjectNode changed = full.deepCopy();
                changed.set(field, extreme);
                bodies.add(changed.toString());
            }
        }
        return bodies;
    }

    /** Values at the edge of what the field's type can hold: far-off dates, the largest numbers, long text. */
    private List<JsonNode> extremes(JsonNode schema) {
        var nodes = json.getNodeFactory();
        return switch (schema.path("type").asString("")) {
            case "integer" -> List.of(nodes.numberNode(Integer.MAX_VALUE), nodes.numberNode(Integer.MIN_VALUE));
            case "number" -> List.of(nodes.numberNode(1.0e308), nodes.numberNode(-1.0e308));
            case "string" ->
                switch (schema.path("format").asString("")) {
                    case "date" -> List.of(nodes.stringNode("+999999999-12-31"), nodes.stringNode("-999999999-01-01"));
                    case "date-time" ->
                        List.of(
                                nodes.stringNode("+999999999-12-31T23:59:59Z"),
                                nodes.stringNode("-999999999-01-01T00:00:00Z"));
                    case "uuid" -> List.of(nodes.stringNode("00000000-0000-0000-0000-000000000000"));
                    default -> schema.has("enum") ? List.of() : List.of(nodes.stringNode("x".repeat(5_000)));
                };
            default -> List.of();
        };
    }

    private JsonNode plausible(JsonNode openApi, JsonNode schema, int depth) {
        JsonNode s = resolve(openApi, schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String format = s.path("format").asString("");
        return switch (s.path("type").asString(s.has("properties") ? "object" : "string")) {
            case "object" -> {
                ObjectNode node = json.createObjectNode();
                if (depth < 3) {
                    s.path("properties")
                            .properties()
                            .forEach(p -> node.set(p.getKey(), plausible(openApi, p.getValue(), depth + 1)));
                }
                yield node;
            }
            case "array" -> json.createArrayNode().add(plausible(openApi, s.path("items"), depth + 1));
            case "integer" -> json.getNodeFactory().numberNode(5);
            case "number" -> json.getNodeFactory().numberNode(1.5);
            case "boolean" -> json.getNodeFactory().booleanNode(false);
            default ->
                json.getNodeFactory()
                        .stringNode(
                                switch (format) {
                                    case "uuid" -> CLINIC.toString();
                                    case "date" -> LocalDate.now().plusDays(7).toString();
                                    case "date-time" ->
                                        OffsetDateTime.now()
                                                .plusDays(7)
                                                .withNano(0)
                                                .toString();
                                    default -> "x";
                                });
        };
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String name = s.get("$ref").asString().replace("#/components/schemas/", "");
            s = openApi.path("components").path("schemas").path(name);
        }
        return s;
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** Every API endpoint that takes a body; the caller's own clinic where a clinic id goes, else random ids. */
    private List<String[]> jsonEndpoints() {
        List<String[]> list = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/") || pattern.contains("*") || pattern.endsWith("/auth/revoke")) {
                        continue;
                    }
                    String path = pattern.replace("{clinicId}", CLINIC.toString())
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    list.add(new String[] {method.name(), path, pattern});
                }
            }
        }
        return list;
    }
}
