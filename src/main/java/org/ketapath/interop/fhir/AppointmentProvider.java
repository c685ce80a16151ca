package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.ProviderListings;
import org.ketapath.directory.ProviderListings.Listing;
import org.ketapath.interop.fhir.SchedulingIds.ScheduleKey;
import org.ketapath.interop.fhir.SchedulingIds.SlotKey;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ClinicVisits.Visit;
import org.ketapath.scheduling.OnlineBooking;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.springframework.stereotype.Component;

/**
 * {@code Appointment}: IHE ITI Scheduling's {@code $find} (ITI-115, public), {@code $hold} (ITI-116: the 10-minute
 * hold, public as {@code POST /api/v1/holds}) and {@code $book} (ITI-117: a patient with a verified e-mail, through
 * the same booking service and database guarantees as {@code POST /api/v1/appointments}); read and search of the
 * signed-in patient's own appointments, or of the clinic's by its staff. Others' appointments answer 404.
 */
@Component
class AppointmentProvider implements IResourceProvider {

    private static final String TYPE = "Appointment";

    private final ProviderListings listings;
    private final SchedulingApi scheduling;
    private final ClinicVisits visits;
    private final OnlineBooking booking;
    private final FreeSlots free;
    private final AuditTrail audit;

    AppointmentProvider(
            ProviderListings listings,
            SchedulingApi scheduling,
            ClinicVisits visits,
            OnlineBooking booking,
            FreeSlots free,
            AuditTrail audit) {
        this.listings = listings;
        this.scheduling = scheduling;
        this.visits = visits;
        this.booking = booking;
        this.free = free;
        this.audit = audit;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    /**
     * ITI-115: free slots at a location between two times, as proposed appointments (their id is the slot's: not
     * stored, readable while the slot is free), soonest first, at most {@code _count}.
     */
    @Operation(name = "$find", idempotent = true, bundleType = ca.uhn.fhir.model.valueset.BundleTypeEnum.SEARCHSET)
    public IBundleProvider find(
            @OperationParam(name = "start", min = 1, max = 1) DateTimeType start,
            @OperationParam(name = "end", min = 1, max = 1) DateTimeType end,
            @OperationParam(name = "location", min = 1, max = 1) StringType location,
            @OperationParam(name = "service-type", max = 1) @Nullable CodeType serviceType,
            @OperationParam(name = "_count", max = 1) @Nullable IntegerType count) {
        Paging paging = Paging.of(0, count == null ? null : count.getValue());
        if (start.getValue() == null || end.getValue() == null) {
            throw Problems.invalid(start.getValue() == null ? "start" : "end", "must be a date-time");
        }
        Listing clinic = reference(location.getValue(), "Location")
                .flatMap(listings::clinicAt)
                .orElseThrow(() -> Problems.invalid("location", "must reference a Location of the directory"));
        List<ServiceType> services = scheduling.servicesOffered(clinic.clinicId());
        if (serviceType != null) {
            ServiceType asked = SchedulingIds.service(serviceType.getValue())
                    .orElseThrow(() -> Problems.invalid("service-type", "must be one of " + codes()));
            services = services.contains(asked) ? List.of(asked) : List.of();
        }
        FreeSlots.Range range = free.range(new DateRangeParam(start.getValue(), end.getValue()), "end");
        List<FreeSlots.Found> found = new ArrayList<>();
        for (ServiceType service : services) {
            found.addAll(free.between(new ScheduleKey(clinic.clinicId(), service), range));
        }
        found.sort(Comparator.comparing((FreeSlots.Found f) -> f.key().start())
                .thenComparing(f -> f.key().service()));
        List<Appointment> proposed = found.stream()
                .limit(paging.count())
                .map(f -> SchedulingResources.proposed(f.key(), f.end(), f.practitionerId(), clinic))
                .toList();
        return paging.bundle(proposed, found.size());
    }

    /** ITI-116: holds the appointment's slot for ten minutes; the hold's id comes back as an identifier. */
    @Operation(name = "$hold")
    public Appointment hold(@OperationParam(name = "appointment", min = 1, max = 1) @Nullable Appointment appointment) {
        SlotKey slot = slotOf(appointment);
        Listing clinic = listed(slot);
        OnlineBooking.Held held = booking.hold(slot.clinicId(), slot.service(), slot.start(), slot.locationId());
        SlotKey heldSlot = new SlotKey(slot.clinicId(), slot.service(), slot.start(), held.locationId());
        return SchedulingResources.held(heldSlot, held.id(), held.end(), held.expiresAt(), clinic);
    }

    /**
     * ITI-117: books the appointment's slot for the signed-in patient (with the hold's identifier, the held slot).
     * An {@code Idempotency-Key} header makes a retry return the first booking.
     */
    @Operation(name = "$book")
    public Appointment book(
            @OperationParam(name = "appointment", min = 1, max = 1) @Nullable Appointment appointment,
            HttpServletRequest request) {
        CurrentAccount patient = FhirAccess.verifiedPatient();
        SlotKey slot = slotOf(appointment);
        Listing clinic = listed(slot);
        UUID holdId = null;
        for (Identifier identifier :
                java.util.Objects.requireNonNull(appointment).getIdentifier()) {
            if (SchedulingResources.HOLD_IDS.equals(identifier.getSystem())) {
                holdId = Ids.uuid(new IdType(identifier.getValue()))
                        .orElseThrow(() -> Problems.invalid("appointment", "has a hold identifier that is not one"));
            }
        }
        String key = request.getHeader("Idempotency-Key");
        if (key == null || key.isBlank()) {
            key = "fhir-" + UUID.randomUUID();
        } else if (key.length() > 200 || !key.matches("[\\x20-\\x7E]+")) {
            throw Problems.invalid("Idempotency-Key", "must be 1 to 200 printable ASCII characters");
        }
        OnlineBooking.Booked booked = booking.book(
                patient.id(), slot.clinicId(), slot.service(), slot.start(), holdId, slot.locationId(), key.strip());
        Visit visit = visits.find(booked.appointmentId()).orElseThrow();
        return SchedulingResources.appointment(visit, clinic);
    }

    /**
     * A booked appointment of the caller (its patient, or staff of its clinic); or, public like the slot itself, the
     * proposal of a slot that is still free (its id is the slot's).
     */
    @Read
    public Appointment read(@IdParam IdType id) {
        Optional<FreeSlots.Found> proposal = SchedulingIds.slot(id.getIdPart()).flatMap(free::stillFree);
        if (proposal.isPresent()) {
            FreeSlots.Found f = proposal.get();
            return SchedulingResources.proposed(f.key(), f.end(), f.practitionerId(), listed(f.key()));
        }
        CurrentAccount account = FhirAccess.signedIn();
        Optional<Visit> visit = Ids.uuid(id)
                .flatMap(visits::find)
                .filter(v -> v.patientId().equals(account.id()) || account.worksFor(v.clinicId()));
        if (visit.isEmpty()) {
            audit.record(new AuditEvent("READ", TYPE, id.getIdPart(), null, null, AuditEvent.Outcome.DENIED));
            throw Problems.notFound(id);
        }
        Visit v = visit.get();
        audit.record(AuditEvent.success("READ", TYPE, v.id().toString(), v.patientId())
                .forClinic(account.worksFor(v.clinicId()) ? v.clinicId() : null));
        return SchedulingResources.appointment(v, clinicOf(v.clinicId()));
    }

    /**
     * A patient's own appointments (optionally at one clinic: {@code actor=Organization/<id>}); staff search their
     * clinic's with {@code actor=Organization/<clinic id>} and {@code date} (default: 30 days back, 60 ahead).
     */
    @Search
    public IBundleProvider search(
            @OptionalParam(name = Appointment.SP_ACTOR) @Nullable ReferenceParam actor,
            @OptionalParam(name = Appointment.SP_DATE) @Nullable DateRangeParam date,
            @Offset @Nullable Integer offset,
            @Count @Nullable Integer count) {
        CurrentAccount account = FhirAccess.signedIn();
        Paging paging = Paging.of(offset, count);
        UUID clinicId = null;
        if (actor != null) {
            if (!"Organization".equals(actor.getResourceType())) {
                throw Problems.invalid("actor", "must reference an Organization (the clinic)");
            }
            clinicId = Ids.uuid(new IdType(actor.getIdPart())).orElse(null);
            if (clinicId == null) {
                return paging.bundle(List.of(), 0);
            }
        }
        List<Visit> found;
        if (clinicId != null && account.worksFor(clinicId)) {
            Instant now = free.now();
            Instant from = date == null || date.getLowerBoundAsInstant() == null
                    ? now.minus(java.time.Duration.ofDays(30))
                    : date.getLowerBoundAsInstant().toInstant();
            Instant to = date == null || date.getUpperBoundAsInstant() == null
                    ? now.plus(java.time.Duration.ofDays(60))
                    : date.getUpperBoundAsInstant().toInstant();
            found = visits.between(clinicId, from, to);
            audit.record(AuditEvent.success("READ", TYPE, null, null).forClinic(clinicId));
        } else if (account.hasRole("PATIENT")) {
            found = own(account.id(), clinicId, date);
            audit.record(AuditEvent.success("READ", TYPE, null, account.id()));
        } else if (clinicId == null) {
            throw Problems.invalid("actor", "is required for clinic staff: actor=Organization/<clinic id>");
        } else {
            found = List.of();
        }
        List<Appointment> page = found.stream()
                .skip(paging.offset())
                .limit(paging.count())
                .map(v -> SchedulingResources.appointment(v, clinicOf(v.clinicId())))
                .toList();
        return paging.bundle(page, found.size());
    }

    private List<Visit> own(UUID patientId, @Nullable UUID clinicId, @Nullable DateRangeParam date) {
        List<UUID> clinics = clinicId == null ? scheduling.clinicsOfPatient(patientId) : List.of(clinicId);
        List<Visit> all = new ArrayList<>();
        for (UUID clinic : clinics) {
            all.addAll(visits.ofPatient(clinic, patientId));
        }
        return all.stream()
                .filter(v -> v.patientId().equals(patientId))
                .filter(v -> date == null || within(v.start(), date))
                .sorted(Comparator.comparing(Visit::start).thenComparing(Visit::id))
                .toList();
    }

    private static boolean within(Instant start, DateRangeParam date) {
        return (date.getLowerBoundAsInstant() == null
                        || !start.isBefore(date.getLowerBoundAsInstant().toInstant()))
                && (date.getUpperBoundAsInstant() == null
                        || start.isBefore(date.getUpperBoundAsInstant().toInstant()));
    }

    private @Nullable Listing clinicOf(UUID clinicId) {
        return listings.clinics(List.of(clinicId)).stream().findFirst().orElse(null);
    }

    private Listing listed(SlotKey slot) {
        return listings.clinics(List.of(slot.clinicId())).stream()
                .findFirst()
                .orElseThrow(() -> Problems.invalid("appointment", "must reference a Slot of a listed provider"));
    }

    private static SlotKey slotOf(@Nullable Appointment appointment) {
        if (appointment == null || appointment.getSlot().size() != 1) {
            throw Problems.invalid("appointment", "must reference exactly one Slot (from a Slot search or $find)");
        }
        return slotKey(appointment.getSlotFirstRep().getReference())
                .orElseThrow(
                        () -> Problems.invalid("appointment", "must reference a Slot from a Slot search or $find"));
    }

    private static Optional<SlotKey> slotKey(@Nullable String reference) {
        if (reference == null || !reference.startsWith("Slot/")) {
            return Optional.empty();
        }
        return SchedulingIds.slot(reference.substring("Slot/".length()));
    }

    private static Optional<UUID> reference(@Nullable String reference, String type) {
        if (reference == null || !reference.startsWith(type + "/")) {
            return Optional.empty();
        }
        return Ids.uuid(new IdType(reference));
    }

    private static String codes() {
        return java.util.Arrays.stream(ServiceType.values())
                .map(SchedulingIds::code)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
