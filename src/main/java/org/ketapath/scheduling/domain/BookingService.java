package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.AppointmentBooked;
import org.ketapath.scheduling.AppointmentCancelled;
import org.ketapath.scheduling.AppointmentCompleted;
import org.ketapath.scheduling.AppointmentRescheduled;
import org.ketapath.scheduling.ServiceType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, holds, cancellation and rescheduling. Whether a resource is free is decided by PostgreSQL (the
 * exclusion constraint on {@code resource_booking}), never by a check in Java before an insert.
 */
@Service
public class BookingService {

    static final Duration HOLD_FOR = Duration.ofMinutes(10);

    private final ScheduleRepository schedules;
    private final ResourceLedger ledger;
    private final AppointmentRepository appointments;
    private final Reminders reminders;
    private final ApplicationEventPublisher events;
    private final SchedulingClock clock;
    private final JdbcClient jdbc;

    BookingService(
            ScheduleRepository schedules,
            ResourceLedger ledger,
            AppointmentRepository appointments,
            Reminders reminders,
            ApplicationEventPublisher events,
            SchedulingClock clock,
            JdbcClient jdbc) {
        this.schedules = schedules;
        this.ledger = ledger;
        this.appointments = appointments;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * A booking request as the patient sent it.
     *
     * @param locationId for a service that uses a chair, the clinic location whose chair to take; null: the first
     *     location (in the schedule's order) with a free chair
     */
    public record BookingRequest(
            UUID clinicId,
            ServiceType service,
            Instant start,
            @Nullable UUID assessmentId,
            @Nullable UUID holdId,
            @Nullable UUID locationId) {

        /** A request without a location: any of the clinic's locations with a free chair. */
        public BookingRequest(
                UUID clinicId, ServiceType service, Instant start, @Nullable UUID assessmentId, @Nullable UUID holdId) {
            this(clinicId, service, start, assessmentId, holdId, null);
        }
    }

    /** The booked appointment; {@code replayed} when the idempotency key had already booked it. */
    public record Booking(AppointmentView appointment, boolean replayed) {}

    /** A held slot; {@code locationId} is where its chair stands (null for a service without a chair). */
    public record Hold(
            UUID id,
            UUID clinicId,
            Instant start,
            Instant end,
            Instant expiresAt,
            @Nullable UUID locationId) {}

    @Transactional
    public Booking book(UUID patientId, BookingRequest request, String idempotencyKey, String requestHash) {
        Instant now = clock.now();
        UUID id = UUID.randomUUID();
        int fresh = jdbc.sql("""
                        insert into booking_idempotency (account_id, idempotency_key, request_hash, appointment_id,
                            created_at) values (:a, :k, :h, :id, :now) on conflict do nothing
                        """)
                .param("a", patientId)
                .param("k", idempotencyKey)
                .param("h", requestHash)
                .param("id", id)
                .param("now", ScheduleRepository.utc(now))
                .update();
        if (fresh == 0) {
            return replay(patientId, idempotencyKey, requestHash);
        }
        ClinicSchedule schedule = schedule(request.clinicId());
        ServiceDefinition service = offered(schedule, request.service(), request.start(), now);
        ClinicSchedule.Location location = location(schedule, service, request.locationId());
        ResourceLedger.Claimed claimed = null;
        if (request.holdId() != null) {
            claimed = convertHold(schedule, request, id, now);
        }
        if (claimed == null) {
            claimed = claim(schedule, service, request.start(), location, null, "APPOINTMENT", id, null, now);
        }
        AppointmentView appointment = new AppointmentView(
                id,
                schedule.clinicId(),
                patientId,
                claimed.practitionerId(),
                claimed.chairId(),
                service.type(),
                request.start(),
                request.start().plus(service.visit()),
                schedule.zone(),
                service.pre(),
                service.main(),
                service.post(),
                "BOOKED",
                request.assessmentId(),
                schedule.locationOf(claimed.chairId()));
        appointments.insert(appointment, now);
        reminders.booked(appointment, now);
        events.publishEvent(new AppointmentBooked(
                id, schedule.clinicId(), patientId, appointment.start(), appointment.end(), request.assessmentId()));
        return new Booking(appointment, false);
    }

    private Booking replay(UUID patientId, String key, String hash) {
        Object[] row = jdbc.sql("""
                        select request_hash, appointment_id from booking_idempotency
                        where account_id = :a and idempotency_key = :k
                        """)
                .param("a", patientId)
                .param("k", key)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class)})
                .single();
        if (!hash.equals(row[0])) {
            throw SchedulingProblem.idempotencyMismatch();
        }
        return new Booking(
                appointments.find((UUID) row[1]).orElseThrow(() -> SchedulingProblem.notFound("The appointment")),
                true);
    }

    /** The hold's resources, now the appointment's; null when there is no such live hold or it is elsewhere. */
    private ResourceLedger.@Nullable Claimed convertHold(
            ClinicSchedule schedule, BookingRequest request, UUID appointmentId, Instant now) {
        Optional<Object[]> hold = jdbc.sql("""
                        select practitioner_id, chair_id from slot_hold
                        where id = :h and clinic_id = :c and service = :s and starts_at = :start
                        """)
                .param("h", request.holdId())
                .param("c", request.clinicId())
                .param("s", request.service().name())
                .param("start", ScheduleRepository.utc(request.start()))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .optional();
        // A hold at another location than the one asked for is not used (it runs out on its own).
        if (hold.isEmpty()
                || (request.locationId() != null
                        && !request.locationId().equals(schedule.locationOf((UUID) hold.get()[1])))
                || !ledger.convertHold(request.holdId(), appointmentId, now)) {
            return null;
        }
        jdbc.sql("delete from slot_hold where id = :h")
                .param("h", request.holdId())
                .update();
        return new ResourceLedger.Claimed((UUID) hold.get()[0], (UUID) hold.get()[1]);
    }

    /** Holds a slot for ten minutes; anyone may hold (the patient may not have an account yet). */
    @Transactional
    public Hold hold(UUID clinicId, ServiceType type, Instant start) {
        return hold(clinicId, type, start, null);
    }

    /**
     * Holds a slot for ten minutes, with a chair at the location when one is given (for a service that uses a
     * chair), else at the first location with a free chair.
     */
    @Transactional
    public Hold hold(UUID clinicId, ServiceType type, Instant start, @Nullable UUID locationId) {
        Instant now = clock.now();
        ClinicSchedule schedule = schedule(clinicId);
        ServiceDefinition service = offered(schedule, type, start, now);
        ClinicSchedule.Location location = location(schedule, service, locationId);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(HOLD_FOR);
        ResourceLedger.Claimed claimed = claim(schedule, service, start, location, null, "HOLD", id, expires, now);
        jdbc.sql("""
                        insert into slot_hold (id, clinic_id, service, starts_at, expires_at, created_at,
                            practitioner_id, chair_id) values (:id, :c, :s, :start, :exp, :now, :p, :ch)
                        """)
                .param("id", id)
                .param("c", clinicId)
                .param("s", type.name())
                .param("start", ScheduleRepository.utc(start))
                .param("exp", ScheduleRepository.utc(expires))
                .param("now", ScheduleRepository.utc(now))
                .param("p", claimed.practitionerId())
                .param("ch", claimed.chairId())
                .update();
        return new Hold(
                id, clinicId, start, start.plus(service.visit()), expires, schedule.locationOf(claimed.chairId()));
    }

    /** Whether the hold still keeps its slot: not expired and not yet turned into an appointment. */
    @Transactional(readOnly = true)
    public boolean holdIsLive(UUID holdId) {
        return jdbc.sql("select count(*) from slot_hold where id = :h and expires_at > :now")
                        .param("h", holdId)
                        .param("now", ScheduleRepository.utc(clock.now()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public AppointmentView cancel(UUID patientId, UUID appointmentId) {
        Instant now = clock.now();
        AppointmentView a = changeable(patientId, appointmentId, now);
        ledger.release(a.id());
        appointments.status(a.id(), "CANCELLED", now);
        reminders.cancelled(a);
        events.publishEvent(new AppointmentCancelled(a.id(), a.clinicId(), a.patientId(), a.service(), a.start(), now));
        return appointments.find(a.id()).orElseThrow();
    }

    @Transactional
    public AppointmentView reschedule(UUID patientId, UUID appointmentId, Instant newStart) {
        Instant now = clock.now();
        AppointmentView a = changeable(patientId, appointmentId, now);
        ClinicSchedule schedule = schedule(a.clinicId());
        ServiceDefinition service = offered(schedule, a.service(), newStart, now);
        ledger.release(a.id());
        // The visit stays at its location when a chair is free there, else moves to the first one with a free chair.
        ResourceLedger.Claimed claimed = claim(
                schedule, service, newStart, null, schedule.locationOf(a.chairId()), "APPOINTMENT", a.id(), null, now);
        Instant end = newStart.plus(Duration.ofMinutes(a.preMinutes() + a.mainMinutes() + a.postMinutes()));
        appointments.moved(a.id(), newStart, end, claimed.practitionerId(), claimed.chairId(), now);
        AppointmentView moved = appointments.find(a.id()).orElseThrow();
        reminders.rescheduled(moved, now);
        events.publishEvent(new AppointmentRescheduled(
                a.id(), a.clinicId(), a.patientId(), a.service(), a.start(), moved.start(), now));
        return moved;
    }

    private AppointmentView changeable(UUID patientId, UUID appointmentId, Instant now) {
        AppointmentView a = appointments
                .findForUpdate(appointmentId)
                .filter(found -> found.patientId().equals(patientId))
                .orElseThrow(() -> SchedulingProblem.notFound("The appointment"));
        if (!a.status().equals("BOOKED")) {
            throw SchedulingProblem.wrongState("Only a booked appointment can be cancelled or moved.");
        }
        int hours = schedule(a.clinicId()).settings().freeCancelHours();
        if (now.plus(Duration.ofHours(hours)).isAfter(a.start())) {
            throw SchedulingProblem.policy(hours);
        }
        return a;
    }

    /**
     * Records a visit that already took place as COMPLETED, claiming its practitioner, chair and nurse slot as a
     * booking would (demo data). Empty when the clinic has no schedule or no such service, the visit has not ended
     * yet, or nobody was free then. Publishes {@link AppointmentCompleted}; sends nothing to anyone.
     */
    @Transactional
    public Optional<UUID> recordPastVisit(UUID clinicId, UUID patientId, ServiceType type, Instant start) {
        Instant now = clock.now();
        ClinicSchedule schedule = schedules.load(clinicId).orElse(null);
        ServiceDefinition service = schedule == null ? null : schedule.service(type);
        if (service == null || start.plus(service.visit()).isAfter(now)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        SlotPlanner planner = new SlotPlanner(schedule, java.util.Map.of());
        ResourceLedger.Claimed claimed =
                ledger.claim(clinicId, planner.candidates(service, start, false), "APPOINTMENT", id, null, now);
        if (claimed == null) {
            return Optional.empty();
        }
        appointments.insert(
                new AppointmentView(
                        id,
                        clinicId,
                        patientId,
                        claimed.practitionerId(),
                        claimed.chairId(),
                        type,
                        start,
                        start.plus(service.visit()),
                        schedule.zone(),
                        service.pre(),
                        service.main(),
                        service.post(),
                        "COMPLETED",
                        null,
                        schedule.locationOf(claimed.chairId())),
                now);
        events.publishEvent(new AppointmentCompleted(id, clinicId, patientId, start.plus(service.visit())));
        return Optional.of(id);
    }

    ClinicSchedule schedule(UUID clinicId) {
        return schedules.load(clinicId).orElseThrow(() -> SchedulingProblem.notFound("The provider"));
    }

    private ServiceDefinition offered(ClinicSchedule schedule, ServiceType type, Instant start, Instant now) {
        if (!schedule.settings().onlineBooking()) {
            throw SchedulingProblem.noOnlineBooking();
        }
        ServiceDefinition service = schedule.service(type);
        if (service == null || !new SlotPlanner(schedule, java.util.Map.of()).isOffered(service, start, now)) {
            throw SchedulingProblem.notOffered();
        }
        return service;
    }

    /**
     * The location asked for, checked: only for a service that uses a chair, and only one of the clinic's
     * locations with chairs (422 naming {@code locationId} otherwise); null when none was asked for.
     */
    private static ClinicSchedule.@Nullable Location location(
            ClinicSchedule schedule, ServiceDefinition service, @Nullable UUID locationId) {
        if (locationId == null) {
            return null;
        }
        if (!service.usesChair()) {
            throw SchedulingProblem.invalidLocation("applies only to services that use a chair");
        }
        ClinicSchedule.Location location = schedule.location(locationId);
        if (location == null) {
            throw SchedulingProblem.invalidLocation("is not one of this clinic's locations with chairs");
        }
        return location;
    }

    /**
     * Claims a resource of each need. The chair comes from {@code only} when given (its chairs alone), else from
     * the clinic's chairs location by location, those at {@code preferred} first when given.
     */
    private ResourceLedger.Claimed claim(
            ClinicSchedule schedule,
            ServiceDefinition service,
            Instant start,
            ClinicSchedule.@Nullable Location only,
            @Nullable UUID preferred,
            String kind,
            UUID owner,
            @Nullable Instant expires,
            Instant now) {
        SlotPlanner planner = new SlotPlanner(schedule, java.util.Map.of());
        List<SlotPlanner.Candidates> needs = new ArrayList<>(planner.candidates(service, start, false));
        for (int i = 0; i < needs.size(); i++) {
            SlotPlanner.Candidates c = needs.get(i);
            if (c.need().kind() == ServiceDefinition.ResourceKind.CHAIR) {
                needs.set(i, new SlotPlanner.Candidates(c.need(), chairsInOrder(schedule, only, preferred)));
            }
        }
        ResourceLedger.Claimed claimed = ledger.claim(schedule.clinicId(), needs, kind, owner, expires, now);
        if (claimed == null) {
            throw SchedulingProblem.slotTaken();
        }
        return claimed;
    }

    private static List<UUID> chairsInOrder(
            ClinicSchedule schedule, ClinicSchedule.@Nullable Location only, @Nullable UUID preferred) {
        if (only != null) {
            return only.chairs();
        }
        ClinicSchedule.Location first = preferred == null ? null : schedule.location(preferred);
        if (first == null) {
            return schedule.chairs();
        }
        List<UUID> chairs = new ArrayList<>(first.chairs());
        for (UUID chair : schedule.chairs()) {
            if (!chairs.contains(chair)) {
                chairs.add(chair);
            }
        }
        return chairs;
    }

    static OffsetDateTime utc(Instant i) {
        return ScheduleRepository.utc(i);
    }
}
