package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.ketapath.identity.IdentityFixtures;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

/** {@code /fhir/metadata} and the server's answers to requests it cannot serve. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class FhirCapabilityTests {

    final FhirClient fhir;
    final IdentityFixtures fixtures;
    final JdbcClient jdbc;

    FhirCapabilityTests(@Value("${local.server.port}") int port, StaffAccounts staff, Mfa mfa, JdbcClient jdbc) {
        this.fhir = new FhirClient(port);
        this.fixtures = new IdentityFixtures(fhir.http(), staff, mfa, jdbc);
        this.jdbc = jdbc;
    }

    @Test
    void shouldRefuseAGarbageOrExpiredTokenWithA401OperationOutcomeOnFhirButProblemJsonOnTheApi() {
        String email = IdentityFixtures.uniqueEmail("fhir-expired");
        UUID account = fixtures.verifiedPatient(email);
        String token = fixtures.token(email, false);
        fhir.get("Appointment", 200, org.hl7.fhir.r4.model.Bundle.class, "Authorization", "Bearer " + token);
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where account_id = :a")
                .param("a", account)
                .update();

        for (String refused : List.of("not-a-token-at-all", token)) {
            OperationOutcome outcome = fhir.refused("Appointment", 401, "Authorization", "Bearer " + refused);
            assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
            assertThat(diagnostics(outcome)).contains("not valid").doesNotContain(refused);
            HttpResponse<String> metadata =
                    fhir.http().get("/fhir/metadata", "Authorization", "Bearer " + refused, "Accept", FhirClient.JSON);
            fhir.expect(metadata, 401, OperationOutcome.class);
            assertThat(metadata.headers().firstValue("WWW-Authenticate").orElse(""))
                    .contains("invalid_token");

            HttpResponse<String> api = fhir.http().get("/api/v1/patients/me", "Authorization", "Bearer " + refused);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":401").doesNotContain("OperationOutcome");
        }
    }

    @Test
    void shouldDescribeExactlyTheServedResourcesSearchesAndOperationsInFhir401() {
        CapabilityStatement statement = fhir.get("metadata", 200, CapabilityStatement.class);

        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(statement.getFormat())
                .extracting(f -> f.getValue())
                .contains("application/fhir+json", "application/fhir+xml");
        Map<String, String> resources = new TreeMap<>();
        for (CapabilityStatementRestResourceComponent resource :
                statement.getRestFirstRep().getResource()) {
            String interactions = resource.getInteraction().stream()
                    .map(i -> i.getCode().toCode())
                    .sorted()
                    .collect(Collectors.joining(","));
            String searches = resource.getSearchParam().stream()
                    .map(p -> p.getName())
                    .sorted()
                    .collect(Collectors.joining(","));
            resources.put(resource.getType(), interactions + " | " + searches);
        }
        assertThat(resources)
                .containsAllEntriesOf(Map.of(
                        "HealthcareService",
                        "read | ",
                        "Location",
                        "read,search-type | address-postalcode,address-state,near",
                        "Organization",
                        "read | ",
                        "Practitioner",
                        "read | ",
                        "PractitionerRole",
                        "read,search-type | location,specialty",
                        "OperationDefinition",
                        "read | ",
                        "Questionnaire",
                        "read,search-type | ",
                        "QuestionnaireResponse",
                        "read,search-type | patient,subject",
                        "Observation",
                        "read,search-type | patient,subject"));
        assertThat(resources).containsEntry("Patient", "read | ");
        assertThat(resources.keySet()).containsExactlyInAnyOrderElementsOf(FhirSurface.RESOURCES);
        assertThat(statement.getRestFirstRep().getResource().stream()
                        .flatMap(r -> r.getOperation().stream())
                        .map(o -> o.getName()))
                .containsExactlyInAnyOrder("find", "hold", "book");
        assertThat(statement.getRestFirstRep().getResource().stream()
                        .filter(r -> r.getType().equals("PractitionerRole"))
                        .flatMap(r -> r.getSearchInclude().stream())
                        .map(i -> i.getValue()))
                .containsExactlyInAnyOrder(
                        "PractitionerRole:location",
                        "PractitionerRole:organization",
                        "PractitionerRole:practitioner",
                        "PractitionerRole:service");
    }

    @Test
    void shouldAnswerMetadataInXmlWhenAskedFor() {
        HttpResponse<String> response = fhir.http().get("/fhir/metadata", "Accept", FhirClient.XML);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(FhirClient.XML);
        CapabilityStatement statement = (CapabilityStatement) fhir.parse(response.body(), true);
        assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
    }

    @Test
    void shouldAnswerAnUnknownResourceTypeWith404AndAnOperationOutcome() {
        OperationOutcome outcome = fhir.refused("Spaceship/1", 404);

        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void shouldAnswerAnUnknownIdWith404AndAnOperationOutcome() {
        fhir.refused("Location/00000000-0000-4000-8000-000000000000", 404);
        fhir.refused("Organization/not-a-uuid", 404);
    }

    @Test
    void shouldNameTheParameterInA400ForAnUnknownOrBadSearchParameter() {
        assertThat(diagnostics(fhir.refused("Location?colour=blue", 400))).contains("colour");
        assertThat(diagnostics(fhir.refused("Location?near=north-ish", 400))).contains("near");
        assertThat(diagnostics(fhir.refused("Location?address-state=PA&_count=1000", 400)))
                .contains("_count");
    }

    @Test
    void shouldNeverAnswerHtmlEvenToABrowser() {
        HttpResponse<String> response =
                fhir.http().get("/fhir/Location/nothing-here", "Accept", "text/html,application/xhtml+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotContain("html");
        assertThat(response.body()).doesNotContain("<html").contains("OperationOutcome");
    }

    static String diagnostics(OperationOutcome outcome) {
        return outcome.getIssue().stream().map(i -> i.getDiagnostics()).collect(Collectors.joining(" "));
    }
}
