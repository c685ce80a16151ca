package org.ketapath.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Claims a clinical review found wrong or missing on the published pages (issue 11), checked on the text a reader
 * sees, so that none of the errors can quietly return.
 */
class ClinicalClaimsTests {

    private static final String FDA_2023_WARNING =
            "https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine";
    private static final String DEA_TEMPORARY_RULE_2025 =
            "https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm";
    private static final String YALE_BLOOD_PRESSURE_DOI = "10.1016/j.genhosppsych.2024.07.001";
    private static final String COHEN_2018_DOI = "10.1097/AAP.0000000000000808";

    /** Hosts of regulators, official registers and manufacturers' labels: documents outside the literature. */
    private static final Set<String> OFFICIAL_HOSTS = Set.of(
            "fda.gov",
            "nih.gov",
            "govinfo.gov",
            "federalregister.gov",
            "regulations.gov",
            "usdoj.gov",
            "dea.gov",
            "ecfr.gov",
            "va.gov",
            "veteranscrisisline.net",
            "samhsa.gov",
            "988lifeline.org",
            "janssenlabels.com",
            "pfizermedicalinformation.com",
            "jnj.com");

    private static final Pattern CITED = Pattern.compile("#source-(\\d+)");
    private static final Pattern PER_PERSON = Pattern.compile("1 (?:person )?in 8");

    private final PageLibrary library = new PageLibrary();

    @Test
    void no_page_calls_the_second_jefferson_series_a_second_hospital() {
        assertThat(library.all())
                .allSatisfy(page -> assertThat(text(page).toLowerCase())
                        .as(page.slug())
                        .doesNotContain("second hospital")
                        .doesNotContain("another hospital")
                        .doesNotContain("two hospitals"));
        assertThat(text(page("ketamine-for-migraine")))
                .contains("same hospital")
                .contains("may include some of the same patients");
    }

    @Test
    void migraine_pages_set_the_randomized_trials_beside_the_case_series() {
        for (String slug : List.of("ketamine-for-migraine", "faq")) {
            Page page = page(slug);
            assertThat(citesDoi(page, "10.5811/westjem.2018.8.37875"))
                    .as(slug + " cites Etchison 2018")
                    .isTrue();
            assertThat(citesDoi(page, "10.17245/jdapm.2021.21.5.413"))
                    .as(slug + " cites Chah 2021")
                    .isTrue();
            assertThat(text(page)).as(slug).contains("no better than salt water");
        }
        assertThat(text(page("ketamine-for-migraine")))
                .contains("34 adults")
                .contains("193 people")
                .contains("inconclusive");
    }

    @Test
    void the_pain_guideline_is_quoted_in_its_own_words_never_as_a_letter_grade() {
        for (Page page : library.all()) {
            String text = text(page);
            assertThat(text).as(page.slug()).doesNotContainPattern("(?i)\\bgrade[sd]? (it )?[A-D]\\b");
            assertThat(text).as(page.slug()).doesNotContain("graded it D");
            if (citesDoi(page, COHEN_2018_DOI) && text.contains("poorly controlled heart disease")) {
                assertThat(text).as(page.slug()).contains("\"should not be used\"");
            }
        }
        assertThat(text(page("ketamine-for-migraine"))).contains("\"weak or no evidence\"");
        assertThat(text(page("conditions/chronic-pain")))
                .contains("\"weak or no evidence\"")
                .contains("\"should not be undertaken\"");
        assertThat(text(page("risks-and-side-effects"))).contains("\"should not be undertaken\"");
    }

    @Test
    void the_yale_blood_pressure_data_is_given_per_person_wherever_it_is_given_per_session() {
        List<Page> perSession = library.all().stream()
                .filter(page ->
                        text(page).contains("1 session in 100") || text(page).contains("0.98%"))
                .toList();

        assertThat(perSession).extracting(Page::slug).contains("risks-and-side-effects", "ketamine-for-migraine");
        assertThat(perSession).allSatisfy(page -> {
            assertThat(citesDoi(page, YALE_BLOOD_PRESSURE_DOI)).as(page.slug()).isTrue();
            assertThat(text(page)).as(page.slug()).containsPattern(PER_PERSON);
        });
        assertThat(text(page("risks-and-side-effects"))).contains("17 of the 138 people");
        assertThat(text(page("ketamine-for-migraine")))
                .contains("17 of the 138 people")
                .contains("not the multi-day infusions used for migraine");
    }

    @Test
    void esketamine_approval_includes_its_2025_approval_on_its_own() {
        for (Page page : library.all()) {
            String text = text(page);
            if (text.contains("used together with an oral antidepressant")
                    || text.contains("with an oral antidepressant [")) {
                assertThat(text).as(page.slug()).contains("21 January 2025");
            }
        }
        for (String slug : List.of("faq", "risks-and-side-effects", "conditions/depression")) {
            assertThat(text(page(slug))).as(slug).contains("21 January 2025").contains("on its own");
        }
    }

    @Test
    void the_fda_warning_on_compounded_and_at_home_ketamine_is_on_every_page_that_describes_home_use() {
        List<String> named = List.of(
                "what-happens-in-a-session",
                "faq",
                "conditions/ketamine-assisted-psychotherapy",
                "choosing-a-provider",
                "conditions/ptsd",
                "conditions/depression");
        for (String slug : named) {
            Page page = page(slug);
            assertThat(citesUrl(page, FDA_2023_WARNING))
                    .as(slug + " cites the FDA warning")
                    .isTrue();
            assertThat(text(page)).as(slug).contains("10 October 2023");
        }
        assertThat(library.all())
                .filteredOn(page -> text(page).toLowerCase().matches("(?s).*\\bat[ -]home\\b.*"))
                .allSatisfy(page -> assertThat(citesUrl(page, FDA_2023_WARNING))
                        .as(page.slug() + " describes at-home use, so cites the FDA warning")
                        .isTrue());
    }

    @Test
    void pages_state_the_legal_status_and_the_risks_the_review_found_missing() {
        String risks = text(page("risks-and-side-effects"));
        assertThat(risks)
                .contains("approved in the US only as an anesthetic")
                .contains("Schedule III")
                .contains("not approved for any psychiatric disorder")
                .contains("Misuse and dependence")
                .contains("Physical dependence")
                .contains("bladder")
                .contains("slowed breathing")
                .contains("liver injury")
                .contains("3 of 6");
        assertThat(citesDoi(page("risks-and-side-effects"), "10.1016/j.pain.2011.03.026"))
                .isTrue();
        assertThat(citesDoi(page("risks-and-side-effects"), "10.1007/s40264-021-01120-9"))
                .isTrue();
        assertThat(text(page("faq"))).contains("only as an anesthetic").contains("Schedule III");
    }

    @Test
    void pages_about_sessions_say_not_to_drive_until_the_next_day() {
        for (String slug : List.of("risks-and-side-effects", "what-happens-in-a-session", "faq")) {
            assertThat(text(page(slug))).as(slug).contains("until the next day, after a night's sleep");
        }
    }

    @Test
    void choosing_a_provider_explains_dea_registration_for_telehealth_prescribers_and_when_the_rule_ends() {
        Page page = page("choosing-a-provider");

        assertThat(text(page))
                .contains("DEA registration")
                .contains("Schedule III")
                .contains("31 December 2026")
                .contains("not legal advice");
        assertThat(citesUrl(page, DEA_TEMPORARY_RULE_2025)).isTrue();
    }

    @Test
    void the_ptsd_page_states_weak_mixed_evidence_from_real_trials_and_puts_crisis_help_first() {
        Page page = page("conditions/ptsd");
        String text = text(page);

        assertThat(text).contains("weak and mixed").contains("Neither dose improved PTSD symptoms more than placebo");
        assertThat(text.indexOf("988")).isLessThan(text.indexOf("Where the evidence stands"));
        for (String doi : List.of(
                "10.1001/jamapsychiatry.2014.62", "10.1176/appi.ajp.2020.20050596", "10.1038/s41386-022-01266-9")) {
            assertThat(citesDoi(page, doi)).as(doi).isTrue();
        }
    }

    @Test
    void every_source_is_found_by_doi_or_pubmed_id_unless_it_is_an_official_document() {
        assertThat(library.all())
                .allSatisfy(page -> assertThat(page.sources()).allSatisfy(source -> {
                    boolean literature = source.doi() != null || source.pmid() != null;
                    assertThat(literature || official(source.url()))
                            .as(page.slug() + ": " + source.id()
                                    + " needs a DOI or PubMed id (or is an official document)")
                            .isTrue();
                }));
    }

    private Page page(String slug) {
        return library.find(slug).orElseThrow(() -> new AssertionError("no page " + slug));
    }

    /** The page as a reader sees it: the body and the answers, without markup. */
    private static String text(Page page) {
        StringBuilder html = new StringBuilder(page.html());
        page.faq().forEach(item -> html.append("<p>").append(item.answerHtml()).append("</p>"));
        return Jsoup.parse(html.toString()).text();
    }

    private static boolean citesDoi(Page page, String doi) {
        return cited(page, page.sources().stream().map(Source::doi).toList().indexOf(doi));
    }

    private static boolean citesUrl(Page page, String url) {
        return cited(page, page.sources().stream().map(Source::url).toList().indexOf(url));
    }

    /** Whether the source at this index (0-based, or -1 when absent) is cited in the body or an answer. */
    private static boolean cited(Page page, int index) {
        if (index < 0) {
            return false;
        }
        Set<Integer> numbers = new TreeSet<>();
        StringBuilder html = new StringBuilder(page.html());
        page.faq().forEach(item -> html.append(item.answerHtml()));
        Jsoup.parse(html.toString()).select("a.cite").forEach(link -> {
            Matcher matcher = CITED.matcher(link.attr("href"));
            if (matcher.matches()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        });
        return numbers.contains(index + 1);
    }

    private static boolean official(String url) {
        if (url == null) {
            return false;
        }
        String host = URI.create(url).getHost();
        return host != null
                && OFFICIAL_HOSTS.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }
}
