package org.ketapath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.identity.Role;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.StaffAccounts;
import org.ketapath.scheduling.MutableClock;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.BookingService;
import org.ketapath.scheduling.domain.ScheduleSetup;
import org.ketapath.support.Http;
import org.ketapath.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff land on their clinic's home page after signing in (a chooser when they work for several): today's visits
 * by name and in words, intakes awaiting review, bookings and cancellations since their last visit, staff
 * navigation in the header; the calendar names everyone; the clinic's notification address hears of each
 * booking with the minimum necessary.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ketapath.scheduling.reminders.enabled=false",
            "ketapath.mail.sender.enabled=false",
            "spring.datasource.hikari.minimum-idle=2"
        })
@Import(WorkspaceTestConfiguration.class)
class ClinicHomeTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Mfa mfa;

    @Autowired
    BookingService booking;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    MutableClock clock;

    ClinicWorld world;

    @BeforeEach
    void aClinic() {
        clock.set(WorkspaceTestConfiguration.START);
        world = new ClinicWorld(jdbc, setup, accounts, mfa, booking, assessments, new Http(port), clock);
    }

    @Test
    void staff_land_on_their_clinic_home_with_today_in_words_and_what_changed_since_their_last_visit() {
        ClinicWorld.Staff clinician = world.clinician();
        WebClient web = new WebClient(port);
        assertThat(world.signIn(web, clinician)).isEqualTo("/clinic");
        assertThat(web.location(web.get("/clinic"))).isEqualTo("/clinic/" + world.clinic);
        assertThat(text(web.get("/clinic/" + world.clinic))).contains("Nothing new.", "No visits today.");

        clock.advance(java.time.Duration.ofHours(1));
        UUID ada = world.patient("Ada", "Lovelace");
        UUID alan = world.patient("Alan", "Turing");
        world.book(ada, ServiceType.IV_INFUSION, DAY, LocalTime.of(9, 0), world.assessmentOf(ada));
        world.book(alan, ServiceType.FREE_CONSULT, DAY, LocalTime.of(11, 0), null);
        UUID later = world.book(alan, ServiceType.FREE_CONSULT, DAY.plusDays(2), LocalTime.of(10, 0), null);
        booking.cancel(alan, later);

        clock.set(DAY.atTime(7, 30).atZone(ClinicWorld.NEW_YORK).toInstant());
        web = new WebClient(port);
        world.signIn(web, clinician);
        Document home = Jsoup.parse(web.get("/clinic/" + world.clinic).body());

        List<String> visits = home.select(".visit-list li").eachText();
        assertThat(visits).hasSize(2);
        assertThat(visits.get(0)).contains("9:00 AM", "Ada Lovelace", "IV infusion with Test Practitioner", "Booked");
        assertThat(visits.get(1)).contains("11:00 AM", "Alan Turing", "Free consultation", "Booked");
        assertThat(home.select("section[aria-labelledby=review-heading] li").eachText())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("Ada Lovelace", "IV infusion", "Tue, Dec 15, 2026"));
        assertThat(home.select("section[aria-labelledby=news-heading] li").eachText())
                .hasSize(4)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Cancelled")
                        .contains("Free consultation on Thu, Dec 17, 2026, 10:00 AM EST"))
                .anySatisfy(line -> assertThat(line).startsWith("New booking").contains("IV infusion", "a new patient"))
                .anySatisfy(line -> assertThat(line).contains("a returning patient"));
        assertThat(home.select("header nav a").eachText())
                .contains("Today", "Calendar", "Patients", "Settings")
                .doesNotContain("My appointments", "Find providers", "Assessment");
        assertThat(home.select("main").text())
                .doesNotContain("FREE_CONSULT", "IV_INFUSION", "BOOKED", "Patient 0")
                .doesNotContainPattern(UUID_TEXT);

        assertThat(text(web.get("/clinic/" + world.clinic))).contains("Nothing new.");
    }

    @Test
    void staff_of_several_clinics_choose_one_by_its_name() {
        UUID second = UUID.randomUUID();
        ClinicWorld.Staff both = world.staff(Role.CLINICIAN, world.clinic, second);
        WebClient web = new WebClient(port);
        world.signIn(web, both);

        Document chooser = Jsoup.parse(web.get("/clinic").body());

        assertThat(chooser.select("main a").eachAttr("href"))
                .containsExactlyInAnyOrder("/clinic/" + world.clinic, "/clinic/" + second);
        assertThat(chooser.select("main a").eachText())
                .allSatisfy(name -> assertThat(name).startsWith("Test Clinic"));
        assertThat(chooser.select("header nav a").eachText()).contains("Choose a clinic");
    }

    @Test
    void anyone_but_the_clinics_staff_gets_not_found() {
        ClinicWorld.Staff other = world.staff(Role.CLINIC_ADMIN, UUID.randomUUID());
        WebClient web = new WebClient(port);
        world.signIn(web, other);
        assertThat(web.get("/clinic/" + world.clinic).statusCode()).isEqualTo(404);
        assertThat(web.get("/clinic/not-a-clinic").statusCode()).isEqualTo(404);

        UUID patient = world.patient("Grace", "Hopper");
        WebClient patientWeb = new WebClient(port);
        assertThat(patientWeb.signIn(world.emailOf(patient), ClinicWorld.PASSWORD))
                .isEqualTo("/account");
        assertThat(patientWeb.get("/clinic/" + world.clinic).statusCode()).isEqualTo(404);
        assertThat(patientWeb.get("/clinic").statusCode()).isEqualTo(404);

        assertThat(new WebClient(port).get("/clinic/" + world.clinic).statusCode())
                .isEqualTo(302);
    }

    @Test
    void the_calendar_names_patients_practitioners_services_and_statuses_in_words() {
        UUID ada = world.patient("Ada", "Lovelace");
        world.book(ada, ServiceType.IV_INFUSION, DAY, LocalTime.of(9, 0), null);
        ClinicWorld.Staff clinician = world.clinician();
        WebClient web = new WebClient(port);
        world.signIn(web, clinician);

        for (String view : List.of("", "&view=week")) {
            Document calendar = Jsoup.parse(web.get("/clinic/" + world.clinic + "/calendar?date=" + DAY + view)
                    .body());
            String main = calendar.select("main").text();
            assertThat(main).contains("Ada Lovelace", "IV infusion", "Booked");
            if (view.isEmpty()) {
                assertThat(calendar.select(".day-grid thead th").eachText()).contains("Test Practitioner 1, MD");
                assertThat(calendar.select(".visit-cards").text()).contains("Test Practitioner", ", MD", "Chair 1");
            }
            assertThat(main)
                    .doesNotContain("IV_INFUSION", "FREE_CONSULT", "BOOKED", "CHECKED_IN", "Patient 0")
                    .doesNotContainPattern(UUID_TEXT);
        }
    }

    @Test
    void the_clinics_notification_address_hears_of_bookings_moves_and_cancellations_without_health_details() {
        jdbc.sql("update clinic set notification_email = 'front-desk@clinic.test' where id = :id")
                .param("id", world.clinic)
                .update();
        UUID ada = world.patient("Ada", "Lovelace");
        UUID visit = world.book(ada, ServiceType.IV_INFUSION, DAY, LocalTime.of(9, 0), world.assessmentOf(ada));
        booking.reschedule(
                ada, visit, DAY.atTime(13, 0).atZone(ClinicWorld.NEW_YORK).toInstant());
        booking.cancel(ada, visit);

        List<String[]> mail = jdbc.sql("""
                        select subject, body from outbox_email where recipient = 'front-desk@clinic.test'
                        order by created_at, id
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(mail).hasSize(3);
        assertThat(mail.get(0)[0]).isEqualTo("New booking: IV infusion, Tue, Dec 15, 2026 at 9:00 AM EST");
        assertThat(mail.get(0)[1]).contains("a new patient");
        assertThat(mail.get(1)[0]).startsWith("Booking moved: IV infusion, now Tue, Dec 15, 2026 at 1:00 PM EST");
        assertThat(mail.get(2)[0]).startsWith("Booking cancelled: IV infusion");
        for (String[] m : mail) {
            assertThat(m[0] + m[1])
                    .doesNotContain("Ada", "Lovelace", "depress", "PHQ", "assessment")
                    .doesNotContainPattern(UUID_TEXT);
        }
    }

    private static String text(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("main").text();
    }
}
