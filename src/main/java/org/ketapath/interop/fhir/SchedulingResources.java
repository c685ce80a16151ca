package org.ketapath.interop.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ProviderListings.Listing;
import org.ketapath.interop.fhir.SchedulingIds.ScheduleKey;
import org.ketapath.interop.fhir.SchedulingIds.SlotKey;
import org.ketapath.scheduling.ClinicVisits.Visit;
import org.ketapath.scheduling.ServiceType;

/** Scheduling as FHIR (IHE ITI Scheduling, based on Argonaut): Schedule, Slot and Appointment. */
final class SchedulingResources {

    static final String SERVICE_TYPES = "https://ketapath.org/fhir/CodeSystem/service-type";
    static final String HOLD_IDS = "https://ketapath.org/fhir/hold";

    private SchedulingResources() {}

    static Schedule schedule(Listing clinic, ServiceType service) {
        ScheduleKey key = new ScheduleKey(clinic.clinicId(), service);
        Schedule schedule = new Schedule();
        schedule.setId("Schedule/" + key.id());
        schedule.setActive(true);
        schedule.addServiceType(serviceType(service));
        schedule.addActor(new Reference("Location/" + clinic.location().id()).setDisplay(clinic.name()));
        schedule.addActor(new Reference("HealthcareService/" + clinic.clinicId()).setDisplay(clinic.name()));
        schedule.setComment(service.label() + " at " + clinic.name());
        return schedule;
    }

    static Slot slot(SlotKey key, Instant end) {
        Slot slot = new Slot();
        slot.setId("Slot/" + key.id());
        slot.setSchedule(new Reference("Schedule/" + key.schedule().id()));
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.addServiceType(serviceType(key.service()));
        slot.setStart(Date.from(key.start()));
        slot.setEnd(Date.from(end));
        return slot;
    }

    /** A free slot offered by {@code $find}: a proposed appointment pointing at its slot. */
    static Appointment proposed(SlotKey key, Instant end, @Nullable UUID practitionerId, Listing clinic) {
        Appointment appointment = new Appointment();
        appointment.setId("Appointment/" + key.id());
        appointment.setStatus(Appointment.AppointmentStatus.PROPOSED);
        appointment.addServiceType(serviceType(key.service()));
        appointment.setStart(Date.from(key.start()));
        appointment.setEnd(Date.from(end));
        appointment.addSlot(new Reference("Slot/" + key.id()));
        appointment
                .addParticipant()
                .setActor(new Reference("Location/" + locationOf(key, clinic)).setDisplay(clinic.name()))
                .setStatus(Appointment.ParticipationStatus.NEEDSACTION);
        if (practitionerId != null) {
            appointment
                    .addParticipant()
                    .setActor(new Reference("Practitioner/" + practitionerId))
                    .setStatus(Appointment.ParticipationStatus.NEEDSACTION);
        }
        return appointment;
    }

    /** A held slot ({@code $hold}): pending until the hold runs out, the hold's id as an identifier. */
    static Appointment held(SlotKey key, UUID holdId, Instant end, Instant expiresAt, Listing clinic) {
        Appointment appointment = new Appointment();
        appointment.setStatus(Appointment.AppointmentStatus.PENDING);
        appointment
                .addIdentifier()
                .setSystem(HOLD_IDS)
                .setValue(holdId.toString())
                .getPeriod()
                .setEnd(Date.from(expiresAt));
        appointment.addServiceType(serviceType(key.service()));
        appointment.setStart(Date.from(key.start()));
        appointment.setEnd(Date.from(end));
        appointment.addSlot(new Reference("Slot/" + key.id()));
        appointment
                .addParticipant()
                .setActor(new Reference("Location/" + locationOf(key, clinic)).setDisplay(clinic.name()))
                .setStatus(Appointment.ParticipationStatus.TENTATIVE);
        return appointment;
    }

    static Appointment appointment(Visit visit, @Nullable Listing clinic) {
        Appointment appointment = new Appointment();
        appointment.setId("Appointment/" + visit.id());
        appointment.setStatus(status(visit.status()));
        appointment.addServiceType(serviceType(visit.service()));
        appointment.setStart(Date.from(visit.start()));
        appointment.setEnd(Date.from(visit.end()));
        appointment.setCreated(Date.from(visit.bookedAt()));
        appointment
                .addParticipant()
                .setActor(new Reference("Patient/" + visit.patientId()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment
                .addParticipant()
                .setActor(new Reference("Practitioner/" + visit.practitionerId()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        if (clinic != null) {
            appointment
                    .addParticipant()
                    .setActor(new Reference("Location/" + clinic.location().id()).setDisplay(clinic.name()))
                    .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        }
        return appointment;
    }

    static Appointment.AppointmentStatus status(String status) {
        return switch (status) {
            case "BOOKED" -> Appointment.AppointmentStatus.BOOKED;
            case "CHECKED_IN" -> Appointment.AppointmentStatus.CHECKEDIN;
            case "IN_PROGRESS" -> Appointment.AppointmentStatus.ARRIVED;
            case "COMPLETED" -> Appointment.AppointmentStatus.FULFILLED;
            case "NO_SHOW" -> Appointment.AppointmentStatus.NOSHOW;
            case "CANCELLED" -> Appointment.AppointmentStatus.CANCELLED;
            default -> Appointment.AppointmentStatus.ENTEREDINERROR;
        };
    }

    static CodeableConcept serviceType(ServiceType service) {
        return new CodeableConcept(new Coding(SERVICE_TYPES, SchedulingIds.code(service), service.label()))
                .setText(service.label());
    }

    private static String locationOf(SlotKey key, Listing clinic) {
        return (key.locationId() == null ? clinic.location().id() : key.locationId()).toString();
    }
}
