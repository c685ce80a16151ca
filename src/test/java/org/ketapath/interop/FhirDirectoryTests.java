package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketapath.directory.Clinics;
import org.ketapath.directory.Modality;
import org.ketapath.directory.domain.ClinicRegistry;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Plan-Net directory through {@code /fhir}, around Denver (Colorado; no other test class places clinics
 * there), checked against {@code /api/v1/providers} on the same data. Every resource is validated by
 * {@link FhirClient}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class FhirDirectoryTests {

    static final LocalDate TODAY = LocalDate.now();

    final ClinicRegistry registry;
    final ZipCentroids centroids;
    final FhirClient fhir;
    final ObjectMapper json = new ObjectMapper();

    UUID denver;
    UUID boulder;
    UUID springs;
    UUID grandJunction;
    UUID atHomeDurango;
    UUID pending;
    UUID expired;
    UUID wyomingOnly;
    NewClinic denverClinic;

    FhirDirectoryTests(ClinicRegistry registry, ZipCentroids centroids, @Value("${local.server.port}") int port) {
        this.registry = registry;
        this.centroids = centroids;
        this.fhir = new FhirClient(port);
    }

    @BeforeAll
    void clinics() {
        denverClinic = Clinics.at("80202").named("Denver Ketamine Care").build();
        denver = registry.register(denverClinic);
        boulder =
                registry.register(Clinics.at("80302").named("Boulder Infusions").build());
        springs = registry.register(Clinics.at("80903").named("Springs Clinic").build());
        grandJunction = registry.register(Clinics.at("81501").build());
        atHomeDurango =
                registry.register(Clinics.at("81301").offering(Modality.AT_HOME).build());
        pending = registry.register(Clinics.at("80203").status("PENDING").build());
        expired = registry.register(Clinics.at("80204")
                .licence("CO", "VERIFIED", TODAY.minusDays(1))
                .build());
        wyomingOnly = registry.register(Clinics.at("80205")
                .licence("WY", "VERIFIED", TODAY.plusYears(1))
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"80202", "80302", "80903", "81501", "80120"})
    void shouldFindTheSameProvidersInTheSameOrderAsTheJsonApiWithinTheDistance(String zip) {
        ZipCentroid at = centroids.get(new ZipCode(zip));
        JsonNode api = json.readTree(fhir.http()
                .get("/api/v1/providers?zip=" + zip + "&radiusMiles=50&size=100")
                .body());
        List<UUID> expected = new ArrayList<>();
        api.get("results").forEach(r -> {
            if (!r.get("distanceMiles").isNull()) {
                expected.add(UUID.fromString(r.get("id").asText()));
            }
        });

        Bundle bundle = fhir.get(near(at, "50|mi") + "&_count=100", 200, Bundle.class);

        assertThat(clinicIds(bundle)).isEqualTo(expected);
        assertThat(bundle.getTotal()).isEqualTo(expected.size());
    }

    @Test
    void shouldListOnlyVerifiedLicensedProvidersWithinTheDistanceNearestFirst() {
        ZipCentroid at = centroids.get(new ZipCode("80202"));

        Bundle bundle = fhir.get(near(at, "80|mi") + "&_sort=near", 200, Bundle.class);

        assertThat(clinicIds(bundle))
                .containsExactly(denver, boulder, springs)
                .doesNotContain(pending, expired, wyomingOnly, atHomeDurango, grandJunction);
        double previous = -1;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Location location = (Location) entry.getResource();
            double miles = at.milesTo(
                    location.getPosition().getLatitude().doubleValue(),
                    location.getPosition().getLongitude().doubleValue());
            assertThat(miles).isLessThanOrEqualTo(80).isGreaterThanOrEqualTo(previous);
            previous = miles;
        }
    }

    @Test
    void shouldTakeMilesInEitherSpellingAndKilometres() {
        ZipCentroid at = centroids.get(new ZipCode("80202"));
        double boulderMiles = at.milesTo(
                centroids.get(new ZipCode("80302")).latitude(),
                centroids.get(new ZipCode("80302")).longitude());

        List<UUID> miles = clinicIds(fhir.get(near(at, "30|mi"), 200, Bundle.class));
        List<UUID> ucum = clinicIds(fhir.get(near(at, "30|%5Bmi_i%5D"), 200, Bundle.class));
        List<UUID> km = clinicIds(fhir.get(near(at, "48.28032|km"), 200, Bundle.class));
        List<UUID> justShort = clinicIds(fhir.get(
                near(at, String.format(java.util.Locale.ROOT, "%.4f|mi", boulderMiles - 0.01)), 200, Bundle.class));

        assertThat(miles).isEqualTo(ucum).isEqualTo(km).contains(denver, boulder);
        assertThat(justShort).contains(denver).doesNotContain(boulder);
    }

    @Test
    void shouldPageWithCountAndNextLinks() {
        ZipCentroid at = centroids.get(new ZipCode("80202"));
        List<UUID> all = clinicIds(fhir.get(near(at, "80|mi") + "&_count=100", 200, Bundle.class));

        List<UUID> paged = new ArrayList<>();
        Bundle page = fhir.get(near(at, "80|mi") + "&_count=1", 200, Bundle.class);
        int pages = 1;
        paged.addAll(clinicIds(page));
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            String next = page.getLink(Bundle.LINK_NEXT).getUrl();
            page = fhir.get(next.substring(next.indexOf("/fhir/") + 6), 200, Bundle.class);
            paged.addAll(clinicIds(page));
            pages++;
        }

        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo(all.size());
    }

    @Test
    void shouldFindLocationsByPostalCodeAndState() {
        assertThat(clinicIds(fhir.get("Location?address-postalcode=80302", 200, Bundle.class)))
                .containsExactly(boulder);
        assertThat(clinicIds(fhir.get("Location?address-state=CO&_count=100", 200, Bundle.class)))
                .contains(denver, boulder, springs, grandJunction, atHomeDurango)
                .doesNotContain(pending, expired, wyomingOnly);
    }

    @Test
    void shouldRefuseBadDirectorySearchesNamingTheParameter() {
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?near=39.7%7C-104.9%7C600%7Cmi", 400)))
                .contains("near");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?near=39.7%7C-104.9%7C5%7Cfurlong", 400)))
                .contains("near");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?near=91%7C-104.9%7C5%7Cmi", 400)))
                .contains("near");
        assertThat(FhirCapabilityTests.diagnostics(
                        fhir.refused("Location?near=39.7%7C-104.9%7C5%7Cmi&_count=101", 400)))
                .contains("_count");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?address-state=CO&_sort=name", 400)))
                .contains("_sort");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?address-postalcode=8020", 400)))
                .contains("address-postalcode");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location?address-state=XX", 400)))
                .contains("address-state");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("PractitionerRole?specialty=psychiatry", 400)))
                .contains("specialty");
        assertThat(FhirCapabilityTests.diagnostics(fhir.refused("Location", 400)))
                .contains("near");
    }

    @Test
    void shouldReadEveryDirectoryResourceOfAListedClinicAsPlanNet() {
        Location location = fhir.get("Location?address-postalcode=80202", 200, Bundle.class).getEntry().stream()
                .map(e -> (Location) e.getResource())
                .filter(l -> l.getManagingOrganization()
                        .getReferenceElement()
                        .getIdPart()
                        .equals(denver.toString()))
                .findFirst()
                .orElseThrow();
        UUID practitionerId = denverClinic.practitioners().get(0).id();

        Organization org = fhir.get("Organization/" + denver, 200, Organization.class);
        Location read = fhir.get("Location/" + location.getIdElement().getIdPart(), 200, Location.class);
        Practitioner practitioner = fhir.get("Practitioner/" + practitionerId, 200, Practitioner.class);
        PractitionerRole role = fhir.get("PractitionerRole/" + practitionerId, 200, PractitionerRole.class);
        HealthcareService service = fhir.get("HealthcareService/" + denver, 200, HealthcareService.class);

        assertThat(org.getName()).isEqualTo("Denver Ketamine Care");
        assertThat(read.getPosition().getLatitude().doubleValue())
                .isEqualTo(location.getPosition().getLatitude().doubleValue());
        assertThat(practitioner.getIdentifierFirstRep().getValue())
                .isEqualTo(denverClinic.practitioners().get(0).npi().value());
        assertThat(role.getLocationFirstRep().getReference())
                .isEqualTo("Location/" + location.getIdElement().getIdPart());
        assertThat(service.getProvidedBy().getReference()).isEqualTo("Organization/" + denver);
        fhir.refused("Organization/" + pending, 404);
        fhir.refused("Organization/" + expired, 404);
    }

    @Test
    void shouldSearchRolesByLocationAndSpecialtyWithIncludes() {
        Location location = fhir.get("Location?address-postalcode=80302", 200, Bundle.class).getEntry().stream()
                .map(e -> (Location) e.getResource())
                .findFirst()
                .orElseThrow();
        String id = location.getIdElement().getIdPart();

        Bundle bundle = fhir.get(
                "PractitionerRole?location=Location/" + id
                        + "&_include=PractitionerRole:practitioner&_include=PractitionerRole:location",
                200,
                Bundle.class);
        Bundle bySpecialty = fhir.get(
                "PractitionerRole?specialty=http://nucc.org/provider-taxonomy%7C207L00000X&_count=100",
                200, Bundle.class);

        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource().fhirType() + ":"
                        + e.getSearch().getMode().toCode())
                .containsExactlyInAnyOrder("PractitionerRole:match", "Practitioner:include", "Location:include");
        assertThat(bySpecialty.getTotal()).isGreaterThanOrEqualTo(5);
        assertThat(fhir.get("PractitionerRole?specialty=2084P0800X&location=Location/" + id, 200, Bundle.class)
                        .getTotal())
                .isZero();
    }

    @Test
    void shouldAnswerSearchesInXmlToo() {
        HttpResponse<String> response =
                fhir.http().get("/fhir/Location?address-postalcode=80302", "Accept", FhirClient.XML);

        Bundle bundle = (Bundle) fhir.parse(response.body(), true);
        assertThat(clinicIds(bundle)).containsExactly(boulder);
    }

    static String near(ZipCentroid at, String distance) {
        return "Location?near=" + at.latitude() + "%7C" + at.longitude() + "%7C" + distance.replace("|", "%7C");
    }

    static List<UUID> clinicIds(Bundle bundle) {
        return bundle.getEntry().stream()
                .filter(e -> e.getResource() instanceof Location)
                .map(e -> UUID.fromString(((Location) e.getResource())
                        .getManagingOrganization()
                        .getReferenceElement()
                        .getIdPart()))
                .toList();
    }
}
