package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketapath.platform.DemoData;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * With the demo data, every listed provider leads somewhere real: its booking link answers 200 with times, or
 * (a clinic that books by phone) its page offers the phone and website and its availability says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DemoBookingLinksTests {

    final Http http;
    final JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    DemoBookingLinksTests(@Value("${local.server.port}") int port, JdbcClient jdbc) {
        this.http = new Http(port);
        this.jdbc = jdbc;
    }

    List<UUID> listedClinics() {
        return jdbc.sql("SELECT id FROM clinic WHERE verification_status = 'VERIFIED' ORDER BY id")
                .query(UUID.class)
                .list();
    }

    @Test
    void every_demo_providers_booking_link_answers_200_with_times_or_its_page_says_to_call() {
        List<UUID> clinics = listedClinics();
        assertThat(clinics).hasSizeGreaterThan(200);
        List<String> deadEnds = new ArrayList<>();
        int online = 0;
        int byPhone = 0;
        for (UUID id : clinics) {
            HttpResponse<String> profile = http.get("/api/v1/providers/" + id);
            assertThat(profile.statusCode()).as("profile of %s", id).isEqualTo(200);
            JsonNode body = json.readTree(profile.body());
            Document page = Jsoup.parse(http.get("/providers/" + id).body());
            if (body.get("onlineBooking").asBoolean()) {
                online++;
                String link = page.select("a.button:containsOwn(Book a free consultation)")
                        .attr("href");
                HttpResponse<String> booking = http.get(link);
                Document times = Jsoup.parse(booking.body());
                if (booking.statusCode() != 200
                        || times.select("button[name=start]").isEmpty()) {
                    deadEnds.add(id + " " + link + " -> " + booking.statusCode());
                }
            } else {
                byPhone++;
                assertThat(page.select("a:containsOwn(Book a free consultation)"))
                        .isEmpty();
                assertThat(page.select(".book-by-phone a[href^=tel:]").attr("href"))
                        .isEqualTo("tel:" + body.get("phone").asText());
                HttpResponse<String> availability = http.get(
                        "/api/v1/providers/" + id + "/availability?service=FREE_CONSULT&from=2027-01-04&to=2027-01-08");
                assertThat(availability.statusCode()).isEqualTo(200);
                JsonNode slots = json.readTree(availability.body());
                assertThat(slots.get("onlineBooking").asBoolean()).isFalse();
                assertThat(slots.get("slots").isEmpty()).isTrue();
            }
        }
        assertThat(deadEnds).as("booking links without times").isEmpty();
        assertThat(online).isGreaterThan(150);
        assertThat(byPhone).isPositive();
    }

    @Test
    void a_clinic_without_a_schedule_answers_availability_with_no_online_booking_instead_of_404() {
        UUID clinic = listedClinics().get(0);
        jdbc.sql("INSERT INTO clinic (id, name, phone, timezone, verification_status, verified_by, verified_at)"
                        + " SELECT :id, 'Demo Ketamine Clinic Without Calendar', phone, 'America/Chicago',"
                        + " 'VERIFIED', verified_by, now() FROM clinic WHERE id = :from")
                .param("id", UUID.fromString("c0000000-0000-4000-8000-0000000000fe"))
                .param("from", clinic)
                .update();
        jdbc.sql("INSERT INTO clinic_location (id, clinic_id, street, city, state, zip, latitude, longitude)"
                        + " SELECT :location, :id, street, city, state, zip, latitude, longitude"
                        + " FROM clinic_location WHERE clinic_id = :from AND is_primary")
                .param("location", UUID.randomUUID())
                .param("id", UUID.fromString("c0000000-0000-4000-8000-0000000000fe"))
                .param("from", clinic)
                .update();

        HttpResponse<String> response = http.get("/api/v1/providers/c0000000-0000-4000-8000-0000000000fe"
                + "/availability?service=FREE_CONSULT&from=2027-01-04&to=2027-01-08");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("onlineBooking").asBoolean()).isFalse();
        assertThat(body.get("slots").isEmpty()).isTrue();
        assertThat(body.get("timezone").asText()).isEqualTo("America/Chicago");
        assertThat(http.get("/api/v1/providers/" + UUID.randomUUID()
                                + "/availability?service=FREE_CONSULT&from=2027-01-04&to=2027-01-08")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void search_results_carry_the_soonest_free_consultation_with_the_clinics_offset() {
        HttpResponse<String> response = http.get("/api/v1/providers?zip=19107&radiusMiles=25");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode philadelphia = null;
        for (JsonNode result : json.readTree(response.body()).get("results")) {
            assertThat(result.has("nextAvailable")).isTrue();
            assertThat(result.has("timezone")).isFalse();
            if (result.get("id").asText().equals(DemoData.Clinics.PHILADELPHIA.toString())) {
                philadelphia = result;
            }
        }
        assertThat(philadelphia).isNotNull();
        String next = philadelphia.get("nextAvailable").asText();
        OffsetDateTime start = OffsetDateTime.parse(next);
        assertThat(start.getOffset().getTotalSeconds()).isIn(-5 * 3600, -4 * 3600);
        assertThat(start).isAfter(OffsetDateTime.now());
        JsonNode first = json.readTree(http.get("/api/v1/providers/" + DemoData.Clinics.PHILADELPHIA
                                + "/availability?service=FREE_CONSULT&from="
                                + start.toLocalDate().minusDays(1)
                                + "&to=" + start.toLocalDate())
                        .body())
                .get("slots")
                .get(0);
        assertThat(OffsetDateTime.parse(first.get("start").asText())).isEqualTo(start);
    }

    @Test
    void the_search_page_shows_stars_with_a_text_alternative_and_the_next_free_time() {
        Document page =
                Jsoup.parse(http.get("/providers?zip=19107&radiusMiles=25").body());

        assertThat(page.select(".result .stars[role=img]").first().attr("aria-label"))
                .matches("Rated [1-5]\\.[0-9] out of 5");
        assertThat(page.select(".result .next-available time").first().text())
                .matches(
                        "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} [0-9]{1,2}, [0-9]{1,2}:[0-9]{2} (AM|PM) [A-Z]{2,4}");
    }

    @Test
    void every_zip_of_the_zcta_file_is_accepted_by_the_search_including_99950() {
        for (String zip : List.of("99950", "72405", "75036", "89437", "00601")) {
            HttpResponse<String> response = http.get("/api/v1/providers?zip=" + zip + "&radiusMiles=250");
            assertThat(response.statusCode()).as(zip).isEqualTo(200);
        }
    }
}
