package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The search rules through HTTP, around Philadelphia (19107, PA). Other test classes sharing this database
 * place their clinics far from here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ProviderSearchApiTests {

    static final LocalDate TODAY = LocalDate.now();

    final ClinicRegistry registry;
    final ObjectMapper json = new ObjectMapper();
    final Http http;

    UUID nearPa;
    UUID njOnly;
    UUID pittsburgh;
    UUID atHomeErie;
    UUID expired;
    UUID pendingClinic;
    UUID pendingLicence;
    UUID depressionIm;
    UUID manhattan;

    ProviderSearchApiTests(ClinicRegistry registry, @Value("${local.server.port}") int port) {
        this.registry = registry;
        this.http = new Http(port);
    }

    @BeforeAll
    void clinics() {
        nearPa = registry.register(
                Clinics.at("19107").named("Alpha Philly").price(500).build());
        njOnly = registry.register(Clinics.at("08102")
                .licence("NJ", "VERIFIED", TODAY.plusYears(1))
                .build());
        pittsburgh = registry.register(Clinics.at("15222").price(450).build());
        atHomeErie = registry.register(
                Clinics.at("16501").offering(Modality.AT_HOME).price(600).build());
        expired = registry.register(Clinics.at("19103")
                .licence("PA", "VERIFIED", TODAY.minusDays(1))
                .build());
        pendingClinic = registry.register(Clinics.at("19106").status("PENDING").build());
        pendingLicence = registry.register(
                Clinics.at("19104").licence("PA", "PENDING", TODAY.plusYears(1)).build());
        depressionIm = registry.register(Clinics.at("19102")
                .named("Beta Philly")
                .offering(Modality.IM_INJECTION)
                .treating(TreatedCondition.DEPRESSION)
                .price(700)
                .notAccepting()
                .build());
        manhattan = registry.register(Clinics.at("10001")
                .licence("PA", "VERIFIED", TODAY.plusYears(1))
                .build());
    }

    JsonNode get(String query) {
        HttpResponse<String> response = http.get("/api/v1/providers?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("results").forEach(r -> ids.add(UUID.fromString(r.get("id").asText())));
        return ids;
    }

    @Test
    void finds_only_verified_clinics_with_an_unexpired_verified_licence_in_the_patients_state() {
        JsonNode page = get("zip=19107");

        assertThat(ids(page))
                .contains(nearPa, depressionIm, atHomeErie)
                .doesNotContain(njOnly, expired, pendingClinic, pendingLicence, pittsburgh, manhattan);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void a_licence_in_the_patients_state_counts_even_for_a_clinic_elsewhere_and_not_in_another_state() {
        assertThat(ids(get("zip=08102"))).contains(njOnly).doesNotContain(nearPa);
        assertThat(ids(get("zip=19107&radiusMiles=100"))).contains(manhattan);
    }

    @Test
    void at_home_providers_licensed_in_the_state_appear_whatever_the_distance_without_a_distance() {
        JsonNode page = get("zip=19107&radiusMiles=1");
        JsonNode erie = result(page, atHomeErie);

        assertThat(erie.get("distanceMiles").isNull()).isTrue();
        assertThat(ids(page)).contains(nearPa).doesNotContain(pittsburgh);
        assertThat(ids(get("zip=19107&modality=IV_INFUSION"))).doesNotContain(atHomeErie);
        assertThat(ids(get("zip=19107&modality=AT_HOME"))).containsExactly(atHomeErie);
    }

    @Test
    void radius_widens_the_search_and_distance_is_great_circle_miles_with_one_decimal() {
        assertThat(ids(get("zip=19107&radiusMiles=300"))).contains(pittsburgh);
        JsonNode wide = get("zip=19107&radiusMiles=100");
        double miles = result(wide, manhattan).get("distanceMiles").asDouble();

        // 19107 -> 10001 centroids: 82.47 miles (haversine on the earthdistance sphere, computed independently)
        assertThat(miles).isEqualTo(82.5);
        assertThat(result(wide, nearPa).get("distanceMiles").asDouble()).isEqualTo(0.0);
    }

    @Test
    void filters_by_condition_modality_acceptance_and_price() {
        assertThat(ids(get("zip=19107&condition=DEPRESSION"))).containsExactly(depressionIm);
        assertThat(ids(get("zip=19107&condition=migraine&modality=IV_INFUSION")))
                .containsExactly(nearPa);
        assertThat(ids(get("zip=19107&acceptingNewPatients=false"))).containsExactly(depressionIm);
        assertThat(ids(get("zip=19107&maxPriceUsd=650"))).containsExactlyInAnyOrder(nearPa, atHomeErie);
    }

    @Test
    void sorts_by_a_whitelisted_key() {
        assertThat(ids(get("zip=19107&sort=distance"))).containsExactly(nearPa, depressionIm, atHomeErie);
        assertThat(ids(get("zip=19107&sort=price"))).containsExactly(nearPa, atHomeErie, depressionIm);
    }

    @Test
    void pages_through_results_with_the_total() {
        JsonNode first = get("zip=19107&size=2&page=0");
        JsonNode second = get("zip=19107&size=2&page=1");
        JsonNode beyond = get("zip=19107&size=2&page=5");

        assertThat(ids(first)).containsExactly(nearPa, depressionIm);
        assertThat(ids(second)).containsExactly(atHomeErie);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void each_result_carries_the_public_facts() {
        JsonNode alpha = result(get("zip=19107"), nearPa);

        assertThat(alpha.get("name").asText()).isEqualTo("Alpha Philly");
        assertThat(alpha.get("address").get("zip").asText()).isEqualTo("19107");
        assertThat(alpha.get("address").get("state").asText()).isEqualTo("PA");
        assertThat(alpha.get("modalities").toString()).contains("IV_INFUSION");
        assertThat(alpha.get("conditions").toString()).contains("MIGRAINE");
        assertThat(alpha.get("licenseVerified").asBoolean()).isTrue();
        assertThat(alpha.get("rating").isNull()).isTrue();
        assertThat(alpha.get("reviewCount").asInt()).isZero();
        assertThat(alpha.get("infusionPriceUsd").asDouble()).isEqualTo(500.0);
        assertThat(alpha.get("acceptingNewPatients").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|zip",
                "zip=|zip",
                "zip=1910|zip",
                "zip=abcde|zip",
                "zip=00000|zip",
                "zip=19107&radiusMiles=0|radiusMiles",
                "zip=19107&radiusMiles=501|radiusMiles",
                "zip=19107&radiusMiles=ten|radiusMiles",
                "zip=19107&condition=FLU|condition",
                "zip=19107&modality=PILL|modality",
                "zip=19107&acceptingNewPatients=maybe|acceptingNewPatients",
                "zip=19107&maxPriceUsd=-1|maxPriceUsd",
                "zip=19107&maxPriceUsd=lots|maxPriceUsd",
                "zip=19107&sort=name|sort",
                "zip=19107&sort=name%3BDROP%20TABLE%20clinic|sort",
                "zip=19107&page=-1|page",
                "zip=19107&size=0|size",
                "zip=19107&size=101|size",
                "zip=19107&size=99999999999|size"
            })
    void invalid_parameters_are_a_400_problem_naming_the_parameter(String query, String field) {
        HttpResponse<String> response = http.get("/api/v1/providers?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void the_profile_of_a_verified_provider_is_public_and_unknown_or_unverified_ids_are_404() {
        HttpResponse<String> ok = http.get("/api/v1/providers/" + nearPa);
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode profile = json.readTree(ok.body());
        assertThat(profile.get("licenses").get(0).get("state").asText()).isEqualTo("PA");
        assertThat(profile.get("licenses").get(0).get("status").asText()).isEqualTo("VERIFIED");
        assertThat(profile.get("licenses").get(0).get("expiresOn").asText()).isNotBlank();
        assertThat(profile.get("licenses").get(0).get("verifiedAt").asText()).isNotBlank();
        assertThat(profile.get("practitioners").get(0).get("npi").asText()).hasSize(10);
        assertThat(profile.get("prices").size()).isEqualTo(2);
        assertThat(profile.get("sessionFacts").get("infusionMinutes").asInt()).isEqualTo(50);

        for (String id : List.of(UUID.randomUUID().toString(), pendingClinic.toString())) {
            HttpResponse<String> missing = http.get("/api/v1/providers/" + id);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(http.get("/api/v1/providers/not-a-uuid").statusCode()).isEqualTo(400);
    }

    JsonNode result(JsonNode page, UUID id) {
        for (JsonNode r : page.get("results")) {
            if (r.get("id").asText().equals(id.toString())) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + page);
    }
}
