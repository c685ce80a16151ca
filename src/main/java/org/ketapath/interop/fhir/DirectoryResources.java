package org.ketapath.interop.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.ketapath.directory.Modality;
import org.ketapath.directory.ProviderListings.ListedLicence;
import org.ketapath.directory.ProviderListings.ListedLocation;
import org.ketapath.directory.ProviderListings.ListedPractitioner;
import org.ketapath.directory.ProviderListings.Listing;

/**
 * The directory's listings as Da Vinci PDex Plan-Net 1.2 resources. Ids: Organization and HealthcareService are
 * the clinic's id, Location its primary location's, Practitioner and PractitionerRole the practitioner's (a
 * practitioner belongs to one clinic).
 */
final class DirectoryResources {

    static final String PLAN_NET = "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/";
    static final String PLAN_NET_CS = "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String NUCC = "http://nucc.org/provider-taxonomy";

    /** NUCC taxonomy codes clinics use, with their display names in Plan-Net's specialty value set. */
    static final Map<String, String> SPECIALTIES = Map.of(
            "207L00000X", "Anesthesiology Physician",
            "207LP2900X", "Pain Medicine (Anesthesiology) Physician",
            "2084P0800X", "Psychiatry Physician",
            "363L00000X", "Nurse Practitioner",
            "207P00000X", "Emergency Medicine Physician",
            "207Q00000X", "Family Medicine Physician",
            "208D00000X", "General Practice Physician");

    private DirectoryResources() {}

    static Organization organization(Listing clinic) {
        Organization org = new Organization();
        org.setId("Organization/" + clinic.clinicId());
        org.getMeta().addProfile(PLAN_NET + "plannet-Organization");
        org.setActive(true);
        org.setName(clinic.name());
        org.addType().addCoding(new Coding(PLAN_NET_CS + "OrgTypeCS", "prvgrp", "Provider Group"));
        org.addTelecom(phone(clinic));
        if (clinic.website() != null) {
            org.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue(clinic.website());
        }
        org.addAddress(address(clinic.location()));
        return org;
    }

    static Location location(Listing clinic) {
        ListedLocation at = clinic.location();
        Location location = new Location();
        location.setId("Location/" + at.id());
        location.getMeta().addProfile(PLAN_NET + "plannet-Location");
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setName(clinic.name());
        location.addTelecom(phone(clinic));
        location.setAddress(address(at));
        location.getPosition().setLatitude(at.latitude()).setLongitude(at.longitude());
        location.setManagingOrganization(organizationReference(clinic));
        return location;
    }

    static Practitioner practitioner(ListedPractitioner person) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId("Practitioner/" + person.id());
        practitioner.getMeta().addProfile(PLAN_NET + "plannet-Practitioner");
        practitioner.setActive(true);
        practitioner.addIdentifier(new Identifier().setSystem(NPI).setValue(person.npi()));
        HumanName name = practitioner.addName().setFamily(person.familyName()).addGiven(person.givenName());
        if (!person.credentials().isBlank()) {
            name.addSuffix(person.credentials());
        }
        for (ListedLicence licence : person.licences()) {
            Practitioner.PractitionerQualificationComponent q = practitioner.addQualification();
            q.addIdentifier().setValue(licence.number());
            q.getCode().setText(licence.type() + " licence, " + licence.state().name());
            q.setPeriod(new Period()
                    .setEnd(Date.from(licence.expiresOn().atStartOfDay().toInstant(ZoneOffset.UTC))));
            q.getIssuer().setDisplay("State licensing board (" + licence.state().name() + ")");
            Extension status = new Extension(PLAN_NET + "practitioner-qualification");
            status.addExtension("status", new CodeType("active"));
            q.addExtension(status);
        }
        return practitioner;
    }

    static PractitionerRole role(ListedPractitioner person, Listing clinic) {
        PractitionerRole role = new PractitionerRole();
        role.setId("PractitionerRole/" + person.id());
        role.getMeta().addProfile(PLAN_NET + "plannet-PractitionerRole");
        role.setActive(true);
        role.setPractitioner(new Reference("Practitioner/" + person.id())
                .setDisplay(person.givenName() + " " + person.familyName()));
        role.setOrganization(organizationReference(clinic));
        role.addLocation(new Reference("Location/" + clinic.location().id()).setDisplay(clinic.name()));
        role.addHealthcareService(new Reference("HealthcareService/" + clinic.clinicId()));
        role.addCode(roleCode(person.credentials()));
        String specialty = SPECIALTIES.get(person.taxonomyCode());
        if (specialty != null) {
            role.addSpecialty(new CodeableConcept(new Coding(NUCC, person.taxonomyCode(), specialty)));
        }
        role.addTelecom(phone(clinic));
        Extension newPatients = new Extension(PLAN_NET + "newpatients");
        newPatients.addExtension("acceptingPatients", acceptingPatients(clinic.acceptingNewPatients()));
        role.addExtension(newPatients);
        return role;
    }

    static HealthcareService service(Listing clinic) {
        HealthcareService service = new HealthcareService();
        service.setId("HealthcareService/" + clinic.clinicId());
        service.getMeta().addProfile(PLAN_NET + "plannet-HealthcareService");
        service.setActive(true);
        service.setName("Ketamine treatment at " + clinic.name());
        service.addCategory(new CodeableConcept(
                new Coding(PLAN_NET_CS + "HealthcareServiceCategoryCS", "outpat", "Clinic or Outpatient Facility")));
        for (Modality modality : clinic.modalities().stream().sorted().toList()) {
            service.addType().setText(modalityText(modality));
        }
        service.setProvidedBy(organizationReference(clinic));
        service.addLocation(new Reference("Location/" + clinic.location().id()).setDisplay(clinic.name()));
        service.addTelecom(phone(clinic));
        service.setAppointmentRequired(true);
        return service;
    }

    static Reference organizationReference(Listing clinic) {
        return new Reference("Organization/" + clinic.clinicId()).setDisplay(clinic.name());
    }

    private static CodeableConcept roleCode(String credentials) {
        String upper = credentials.toUpperCase(java.util.Locale.ROOT);
        boolean nurse = upper.contains("NP") || upper.contains("RN") || upper.contains("CRNA");
        return new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/practitioner-role",
                nurse ? "nurse" : "doctor",
                nurse ? "Nurse" : "Doctor"));
    }

    private static CodeableConcept acceptingPatients(boolean accepting) {
        return new CodeableConcept(new Coding(
                PLAN_NET_CS + "AcceptingPatientsCS",
                accepting ? "newpt" : "nopt",
                accepting ? "Accepting" : "Not Accepting"));
    }

    private static String modalityText(Modality modality) {
        return switch (modality) {
            case IV_INFUSION -> "Ketamine infusion (IV)";
            case IM_INJECTION -> "Ketamine injection (IM)";
            case AT_HOME -> "Ketamine treatment at home";
            case ESKETAMINE_NASAL -> "Esketamine nasal spray";
            case KAP -> "Ketamine-assisted psychotherapy";
        };
    }

    private static ContactPoint phone(Listing clinic) {
        return new ContactPoint()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(clinic.phone())
                .setUse(ContactPoint.ContactPointUse.WORK);
    }

    private static Address address(ListedLocation at) {
        return new Address()
                .setUse(Address.AddressUse.WORK)
                .setType(Address.AddressType.PHYSICAL)
                .addLine(at.street())
                .setCity(at.city())
                .setState(at.state().name())
                .setPostalCode(at.zip())
                .setCountry("US");
    }
}
