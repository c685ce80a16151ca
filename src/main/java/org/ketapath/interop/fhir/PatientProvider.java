package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.identity.ClinicPatients.PatientCard;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.stereotype.Component;

/**
 * {@code Patient}: the signed-in patient's own record, or a patient of a clinic for its staff while the rules of
 * {@code /api/v1} let them see the patient (an appointment with the clinic or an active consent for it). Id: the
 * patient's account id. Anyone else: 404. Reads are audited (identity records them in the patient's access report).
 */
@Component
class PatientProvider implements IResourceProvider {

    static final String ACCOUNT_SYSTEM = "https://ketapath.org/fhir/sid/account";

    private final ClinicPatients patients;
    private final AuditTrail audit;

    PatientProvider(ClinicPatients patients, AuditTrail audit) {
        this.patients = patients;
        this.audit = audit;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        CurrentAccount account = FhirAccess.signedIn();
        Optional<UUID> patientId = Ids.uuid(id);
        Optional<PatientCard> card = Optional.empty();
        if (patientId.isPresent()) {
            UUID patient = patientId.get();
            if (patient.equals(account.id())) {
                card = patients.own(patient);
            } else {
                for (UUID clinic : account.clinics().stream().sorted().toList()) {
                    card = patients.card(account.id(), clinic, patient);
                    if (card.isPresent()) {
                        break;
                    }
                }
            }
        }
        if (card.isEmpty()) {
            if (account.clinics().isEmpty()) {
                audit.record(new AuditEvent("READ", "Patient", id.getIdPart(), null, null, AuditEvent.Outcome.DENIED));
            }
            throw Problems.notFound(id);
        }
        return patient(card.get());
    }

    static Patient patient(PatientCard card) {
        Patient patient = new Patient();
        patient.setId(card.id().toString());
        patient.addIdentifier().setSystem(ACCOUNT_SYSTEM).setValue(card.id().toString());
        patient.setActive(true);
        patient.addName(new HumanName()
                .setUse(HumanName.NameUse.OFFICIAL)
                .setFamily(card.familyName())
                .addGiven(card.givenName()));
        patient.setBirthDateElement(new DateType(card.birthDate().toString()));
        if (card.phone() != null) {
            patient.addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(card.phone());
        }
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(card.email());
        return patient;
    }
}
