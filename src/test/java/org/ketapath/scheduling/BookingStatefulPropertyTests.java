package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ketapath.KetaPathApplication;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.quicktheories.core.Gen;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.ErrorResponseException;

/**
 * Random sequences of book, cancel, reschedule, hold, book-with-hold and clock moves (holds expiring) run against
 * the real services and database and against a small in-memory model; after every step both agree on what
 * succeeded and on which starts are free. One practitioner, 30-minute consultations every 15 minutes from 09:00
 * to 11:00, so neighbouring starts overlap.
 */
class BookingStatefulPropertyTests {

    static final int STARTS = 7;
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    private static @Nullable ConfigurableApplicationContext context;

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(KetaPathApplication.class, SchedulingTestConfiguration.class)
                    .properties(
                            "server.port=0",
                            "spring.main.banner-mode=off",
                            "ketapath.scheduling.reminders.enabled=false",
                            "spring.datasource.hikari.minimum-idle=2",
                            "ketapath.mail.sender.enabled=false")
                    .run();
        }
        return context;
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /**
     * QuickTheories (not jqwik, whose author asks AI coding agents not to use it): 40 random sequences of up to
     * 25 steps; a failing sequence is shrunk to a minimal one and printed with its seed.
     */
    @Test
    void the_database_and_the_model_agree() {
        qt().withExamples(40).forAll(steps()).checkAssert(steps -> {
            World world = new World();
            for (Step step : steps) {
                step.applyTo(world);
                world.checkFreeStartsAgree();
            }
        });
    }

    /** One action with its arguments: what the random sequences are made of. */
    record Step(String kind, int a, int b) {

        void applyTo(World w) {
            switch (kind) {
                case "book" -> w.book(b);
                case "cancel" -> w.cancel(a);
                case "reschedule" -> w.reschedule(a, b);
                case "hold" -> w.hold(b);
                case "book-with-hold" -> w.bookWithHold(a);
                default -> w.advance(a % 2 == 0 ? 3 : 11);
            }
        }
    }

    /** Weighted like the model's interest: booking 3, holding 2, the others 1 each. */
    static Gen<List<Step>> steps() {
        List<String> kinds =
                List.of("book", "book", "book", "cancel", "reschedule", "hold", "hold", "book-with-hold", "clock");
        Gen<Step> step = integers()
                .between(0, kinds.size() - 1)
                .zip(
                        integers().between(0, 9),
                        integers().between(0, STARTS - 1),
                        (k, a, b) -> new Step(kinds.get(k), a, b));
        return lists().of(step).ofSizeBetween(1, 25);
    }

    /** The real system (services on PostgreSQL) and the model side by side. */
    static final class World {
        final BookingService booking = context().getBean(BookingService.class);
        final SchedulingApi api = context().getBean(SchedulingApi.class);
        final MutableClock clock = context().getBean(MutableClock.class);
        final UUID clinic;
        final List<Booked> appointments = new ArrayList<>();
        final List<Held> holds = new ArrayList<>();

        record Booked(UUID id, UUID patient, int start) {}

        record Held(UUID id, int start, Instant expires) {}

        World() {
            clock.set(SchedulingTestConfiguration.START);
            ScheduleSetup.ClinicSetup setup = TestClinics.clinic(ZONE, 1, LocalTime.of(9, 0), LocalTime.of(11, 0));
            TestClinics.create(
                    context().getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                    context().getBean(ScheduleSetup.class),
                    setup);
            clinic = setup.clinicId();
        }

        static Instant startOf(int i) {
            return DAY.atTime(9, 0).atZone(ZONE).toInstant().plus(Duration.ofMinutes(15L * i));
        }

        /** Model: a start is free when no appointment or live hold is within one step of it (30 min visits). */
        boolean free(int i, @Nullable UUID ignoring) {
            Instant now = clock.instant();
            for (Booked b : appointments) {
                if (!b.id().equals(ignoring) && Math.abs(b.start() - i) < 2) {
                    return false;
                }
            }
            for (Held h : holds) {
                if (h.expires().isAfter(now) && Math.abs(h.start() - i) < 2) {
                    return false;
                }
            }
            return true;
        }

        void book(int i) {
            boolean expected = free(i, null);
            UUID patient = UUID.randomUUID();
            Integer status = status(() -> {
                BookingService.Booking b = booking.book(
                        patient, request(i, null), UUID.randomUUID().toString(), "h");
                appointments.add(new Booked(b.appointment().id(), patient, i));
            });
            assertThat(status).isEqualTo(expected ? 200 : 409);
        }

        void cancel(int k) {
            if (appointments.isEmpty()) {
                return;
            }
            Booked b = appointments.get(k % appointments.size());
            assertThat(status(() -> booking.cancel(b.patient(), b.id()))).isEqualTo(200);
            appointments.remove(b);
        }

        void reschedule(int k, int i) {
            if (appointments.isEmpty()) {
                return;
            }
            Booked b = appointments.get(k % appointments.size());
            boolean expected = free(i, b.id());
            Integer status = status(() -> booking.reschedule(b.patient(), b.id(), startOf(i)));
            assertThat(status).isEqualTo(expected ? 200 : 409);
            if (expected) {
                appointments.set(appointments.indexOf(b), new Booked(b.id(), b.patient(), i));
            }
        }

        void hold(int i) {
            boolean expected = free(i, null);
            Integer status = status(() -> {
                BookingService.Hold h = booking.hold(clinic, ServiceType.FREE_CONSULT, startOf(i));
                holds.add(new Held(h.id(), i, h.expiresAt()));
            });
            assertThat(status).isEqualTo(expected ? 200 : 409);
        }

        void bookWithHold(int k) {
            if (holds.isEmpty()) {
                return;
            }
            Held h = holds.get(k % holds.size());
            boolean live = h.expires().isAfter(clock.instant());
            holds.remove(h);
            boolean expected = live || free(h.start(), null);
            UUID patient = UUID.randomUUID();
            Integer status = status(() -> {
                BookingService.Booking b = booking.book(
                        patient, request(h.start(), h.id()), UUID.randomUUID().toString(), "h");
                appointments.add(new Booked(b.appointment().id(), patient, h.start()));
            });
            if (!expected) {
                holds.add(h); // an expired hold that lost its slot stays an (expired) row; harmless
            }
            assertThat(status).isEqualTo(expected ? 200 : 409);
        }

        void advance(int minutes) {
            clock.advance(Duration.ofMinutes(minutes));
        }

        void checkFreeStartsAgree() {
            Set<Instant> real =
                    api.availability(clinic, ServiceType.FREE_CONSULT, DAY, DAY).orElseThrow().slots().stream()
                            .map(Slot::start)
                            .collect(Collectors.toCollection(TreeSet::new));
            Set<Instant> model = new TreeSet<>();
            for (int i = 0; i < STARTS; i++) {
                if (free(i, null)) {
                    model.add(startOf(i));
                }
            }
            assertThat(real).isEqualTo(model);
        }

        private BookingService.BookingRequest request(int i, @Nullable UUID hold) {
            return new BookingService.BookingRequest(clinic, ServiceType.FREE_CONSULT, startOf(i), null, hold);
        }

        private static Integer status(Runnable action) {
            try {
                action.run();
                return 200;
            } catch (ErrorResponseException e) {
                return e.getStatusCode().value();
            }
        }
    }
}
