package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ketapath.notification.OutboxDelivery;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.Reminders;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Confirmation, 24 h and 2 h reminders and cancellation notices over SMTP (GreenMail): exactly one of each. */
@SpringBootTest(
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "spring.datasource.hikari.minimum-idle=2",
            "ketapath.mail.sender.enabled=false"
        })
@Import(SchedulingTestConfiguration.class)
@org.springframework.test.annotation.DirtiesContext
class ReminderMailTests {

    @Autowired
    org.ketapath.identity.domain.StaffAccounts accounts;

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    BookingService booking;

    @Autowired
    Reminders reminders;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void reset() {
        clock.set(SchedulingTestConfiguration.START);
        delivery.deliverDue();
        smtp.reset();
    }

    @Test
    void each_message_is_sent_exactly_once_even_when_a_sweep_crashes_mid_batch() {
        ScheduleSetup.ClinicSetup clinic = TestClinics.standard(3);
        TestClinics.create(jdbc, setup, clinic);
        LocalDate day = LocalDate.of(2026, 12, 15);
        Instant nine = day.atTime(9, 0).atZone(ZoneId.of("America/New_York")).toInstant();
        List<UUID> patients =
                List.of(TestPatients.create(accounts), TestPatients.create(accounts), TestPatients.create(accounts));
        List<UUID> ids = new ArrayList<>();
        for (UUID p : patients) {
            ids.add(booking.book(
                            p,
                            new BookingService.BookingRequest(
                                    clinic.clinicId(), ServiceType.FREE_CONSULT, nine, UUID.randomUUID(), null),
                            "k",
                            "h")
                    .appointment()
                    .id());
        }
        delivery.deliverDue();
        assertThat(subjects())
                .containsExactly(
                        "Your appointment is booked", "Your appointment is booked", "Your appointment is booked");

        // 24 h before: the first sweep dies before it commits, so nothing of it survives; the next one sends.
        clock.set(nine.minus(Duration.ofHours(24)).plusSeconds(1));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    assertThat(reminders.sendDue()).isEqualTo(3);
                    throw new IllegalStateException("node crashed mid-batch");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reminders.sendDue()).isEqualTo(3);
        assertThat(reminders.sendDue()).isZero();
        delivery.deliverDue();
        delivery.deliverDue();

        // The third patient cancels (the test moves the clock back to 30 h before, inside the free-cancel window).
        clock.set(nine.minus(Duration.ofHours(30)));
        booking.cancel(patients.get(2), ids.get(2));
        delivery.deliverDue();

        clock.set(nine.minus(Duration.ofHours(2)).plusSeconds(1));
        assertThat(reminders.sendDue()).isEqualTo(2);
        delivery.deliverDue();

        for (int i = 0; i < 2; i++) {
            assertThat(subjectsFor(patients.get(i)))
                    .containsExactlyInAnyOrder(
                            "Your appointment is booked", "Reminder: your appointment", "Reminder: your appointment");
        }
        assertThat(subjectsFor(patients.get(2)))
                .containsExactlyInAnyOrder(
                        "Your appointment is booked", "Reminder: your appointment", "Your appointment is cancelled");
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(body(m)).doesNotContainIgnoringCase("infusion").doesNotContainIgnoringCase("assessment");
        }
    }

    private List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                subjects.add(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private List<String> subjectsFor(UUID patient) {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessagesForDomain("patients.test")) {
            try {
                if (m.getAllRecipients()[0].toString().startsWith(patient.toString())) {
                    subjects.add(m.getSubject());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
