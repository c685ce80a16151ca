package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.ketapath.support.Http;

/**
 * Talks to {@code /fhir} over HTTP and validates every resource it gets back (bundles, their entries, and
 * OperationOutcomes) with {@link FhirValidation}: a test fails on any validation error.
 */
public final class FhirClient {

    public static final String JSON = "application/fhir+json";
    public static final String XML = "application/fhir+xml";

    private final Http http;
    private final FhirContext fhir = FhirContext.forR4Cached();

    public FhirClient(int port) {
        this.http = new Http(port);
    }

    public Http http() {
        return http;
    }

    /** A GET answered with this status and a FHIR JSON body, parsed and validated. */
    public <T extends IBaseResource> T get(String path, int status, Class<T> type, String... headers) {
        return expect(http.get("/fhir/" + path, withAccept(headers)), status, type);
    }

    /** A POST of a FHIR JSON resource (or none), answered with this status. */
    public <T extends IBaseResource> T post(
            String path,
            @org.jspecify.annotations.Nullable IBaseResource body,
            int status,
            Class<T> type,
            String... headers) {
        String text = body == null ? "" : fhir.newJsonParser().encodeResourceToString(body);
        List<String> all = new ArrayList<>(List.of(withAccept(headers)));
        all.addAll(List.of("Content-Type", JSON));
        HttpResponse<String> response = http.send("POST", "/fhir/" + path, text, all.toArray(String[]::new));
        return expect(response, status, type);
    }

    /** A refusal: the status and an OperationOutcome naming what was wrong. */
    public OperationOutcome refused(String path, int status, String... headers) {
        return get(path, status, OperationOutcome.class, headers);
    }

    public <T extends IBaseResource> T expect(HttpResponse<String> response, int status, Class<T> type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(contentType).as("content type").startsWith(JSON);
        IBaseResource parsed = parse(response.body(), false);
        assertThat(parsed).as(response.body()).isInstanceOf(type);
        return type.cast(parsed);
    }

    /** Parses JSON or XML and validates the resource and, for a bundle, each entry on its own. */
    public IBaseResource parse(String body, boolean xml) {
        IParser parser = xml ? fhir.newXmlParser() : fhir.newJsonParser();
        IBaseResource resource = parser.parseResource(body);
        validate(resource);
        return resource;
    }

    public static void validate(IBaseResource resource) {
        assertThat(FhirValidation.errors(resource))
                .as("validation errors in " + resource.fhirType())
                .isEmpty();
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource inner = entry.getResource();
                assertThat(FhirValidation.errors(inner))
                        .as("validation errors in " + inner.fhirType() + " " + inner.getIdElement())
                        .isEmpty();
            }
        }
    }

    private static String[] withAccept(String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Accept")) {
                return headers;
            }
        }
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Accept", JSON));
        return all.toArray(String[]::new);
    }
}
