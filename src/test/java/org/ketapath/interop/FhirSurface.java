package org.ketapath.interop;

import java.util.List;

/** What the facade serves: the CapabilityStatement test and the access matrix both check against this list. */
final class FhirSurface {

    static final List<String> RESOURCES = List.of(
            "Appointment",
            "HealthcareService",
            "Location",
            "Observation",
            "OperationDefinition",
            "Organization",
            "Patient",
            "Practitioner",
            "PractitionerRole",
            "Questionnaire",
            "QuestionnaireResponse",
            "Schedule",
            "Slot");

    private FhirSurface() {}
}
