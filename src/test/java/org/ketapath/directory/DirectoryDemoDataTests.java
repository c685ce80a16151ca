package org.ketapath.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The demo directory: the fixed Philadelphia clinic others rely on, hundreds of fictional clinics, pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class DirectoryDemoDataTests {

    static final String DEMO_CLINIC = "c0000000-0000-4000-8000-000000000001";

    final Http http;
    final JdbcClient jdbc;
    final ApplicationContext context;
    final ObjectMapper json = new ObjectMapper();

    DirectoryDemoDataTests(@Value("${local.server.port}") int port, JdbcClient jdbc, ApplicationContext context) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.context = context;
    }

    long clinics() {
        return jdbc.sql("SELECT count(*) FROM clinic").query(Long.class).single();
    }

    @Test
    void the_fixed_demo_clinic_is_verified_in_philadelphia_with_pa_and_nj_licences() {
        HttpResponse<String> response = http.get("/api/v1/providers/" + DEMO_CLINIC);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode clinic = json.readTree(response.body());

        assertThat(clinic.get("name").asText()).isEqualTo("Demo Ketamine Clinic Philadelphia");
        assertThat(clinic.get("address").get("zip").asText()).isEqualTo("19107");
        assertThat(clinic.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(clinic.get("acceptingNewPatients").asBoolean()).isTrue();
        assertThat(clinic.get("modalities").toString()).contains("IV_INFUSION", "IM_INJECTION");
        assertThat(clinic.get("licenses").toString()).contains("\"state\":\"PA\"", "\"state\":\"NJ\"");
        assertThat(clinic.get("licenses").findValuesAsString("status")).containsOnly("VERIFIED");
        assertThat(clinic.get("prices").toString()).contains("\"kind\":\"CONSULTATION\"", "\"amountUsd\":0");
        assertThat(clinic.get("reviewCount").asInt()).isPositive();
    }

    @Test
    void hundreds_of_fictional_clinics_spread_over_many_states_with_some_expired_and_pending() {
        assertThat(clinics()).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("SELECT count(DISTINCT state) FROM clinic_location")
                        .query(Long.class)
                        .single())
                .isGreaterThan(30);
        assertThat(jdbc.sql("SELECT count(*) FROM clinic WHERE name NOT LIKE '%Demo%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM licence WHERE status = 'PENDING'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM licence WHERE expires_on < current_date")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT min(amount_usd) >= 400 AND max(amount_usd) <= 800 FROM clinic_price"
                                + " WHERE kind = 'INFUSION'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        long before = clinics();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("DirectoryDemoData")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(clinics()).isEqualTo(before);
    }

    @Test
    void the_search_page_is_prefilled_from_the_query_and_lists_the_demo_clinic() {
        HttpResponse<String> page = http.get("/providers?zip=19107&condition=MIGRAINE");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("value=\"19107\"")
                .contains("<option value=\"MIGRAINE\" selected=\"selected\">Migraine</option>")
                .contains("Demo Ketamine Clinic Philadelphia")
                .contains("Licence verified");
    }

    @Test
    void the_search_page_links_the_fda_warning_about_at_home_ketamine_beside_the_at_home_choice() {
        org.jsoup.nodes.Document page =
                org.jsoup.Jsoup.parse(http.get("/providers?zip=19107").body());

        org.jsoup.nodes.Element warning = page.selectFirst("a[href$=#at-home-treatment-and-the-fdas-warning]");
        assertThat(warning).isNotNull();
        assertThat(warning.text()).contains("FDA", "at-home ketamine");
        assertThat(http.get("/learn/what-happens-in-a-session").body())
                .contains("id=\"at-home-treatment-and-the-fdas-warning\"");
    }

    @Test
    void the_search_page_explains_bad_input_and_unknown_providers_get_the_404_page() {
        HttpResponse<String> page = http.get("/providers?zip=00000");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ZIP code is not a ZIP code we know.");

        assertThat(http.get("/providers/not-an-id").statusCode()).isEqualTo(404);
        assertThat(http.get("/providers/c0000000-0000-4000-8000-00000000dead").statusCode())
                .isEqualTo(404);
        assertThat(http.get("/providers/" + DEMO_CLINIC).body()).contains("MD-DEMO-0001", "Free");
    }

    @Test
    void htmx_requests_get_only_the_results_fragment() {
        HttpResponse<String> fragment = http.get("/providers?zip=19107", "HX-Request", "true");

        assertThat(fragment.body()).contains("id=\"results\"").doesNotContain("<html");
    }
}
