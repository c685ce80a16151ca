package org.ketapath.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

/** The validation harness itself: it must find the errors it is there to find. */
class FhirValidationTests {

    static final String PLAN_NET = "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/";

    @Test
    void shouldReportAPlanNetOrganizationWithoutItsRequiredTypeAndAddress() {
        Organization org = new Organization();
        org.getMeta().addProfile(PLAN_NET + "plannet-Organization");
        org.setActive(true);
        org.setName("No type");

        assertThat(FhirValidation.errors(org))
                .anySatisfy(e -> assertThat(e).contains("Organization.type"))
                .anySatisfy(e -> assertThat(e).contains("Organization.address"));
    }

    @Test
    void shouldReportAPlanNetLocationWithoutItsFixedStatus() {
        Location location = new Location();
        location.getMeta().addProfile(PLAN_NET + "plannet-Location");
        location.setName("No status");

        assertThat(FhirValidation.errors(location))
                .anySatisfy(e -> assertThat(e).contains("Location.status"));
    }

    @Test
    void shouldReportACoreRuleBrokenWithoutAnyProfile() {
        Location location = new Location();
        location.getPosition().setLatitude(95.0); // longitude missing: Location.position.longitude is 1..1

        assertThat(FhirValidation.errors(location)).isNotEmpty();
    }
}
