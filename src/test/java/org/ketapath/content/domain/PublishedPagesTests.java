package org.ketapath.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages in src/main/resources/content, as they will be published. */
class PublishedPagesTests {

    private static final Pattern CITATION = Pattern.compile("href=\"#source-(\\d+)\"");

    private final PageLibrary library = new PageLibrary();

    @Test
    void every_page_the_issue_asks_for_exists() {
        assertThat(library.all())
                .extracting(Page::path)
                .contains(
                        "/learn/ketamine-for-migraine",
                        "/learn/conditions/depression",
                        "/learn/conditions/anxiety",
                        "/learn/conditions/ocd",
                        "/learn/conditions/ptsd",
                        "/learn/conditions/bipolar-depression",
                        "/learn/conditions/chronic-pain",
                        "/learn/conditions/ketamine-assisted-psychotherapy",
                        "/learn/risks-and-side-effects",
                        "/learn/what-happens-in-a-session",
                        "/learn/cost-and-insurance",
                        "/learn/medication-interactions",
                        "/learn/choosing-a-provider",
                        "/learn/faq");
    }

    @Test
    void every_page_has_sources_a_review_date_and_a_reviewer_role() {
        assertThat(library.all()).allSatisfy(page -> {
            assertThat(page.sources()).as(page.slug()).isNotEmpty();
            assertThat(page.lastReviewed()).as(page.slug()).isNotNull();
            assertThat(page.reviewerRole()).as(page.slug()).isNotBlank();
            assertThat(page.description().length()).as(page.slug()).isBetween(50, 170);
        });
    }

    @Test
    void every_citation_on_every_page_points_at_one_of_its_sources() {
        assertThat(library.all()).allSatisfy(page -> {
            List<Integer> cited = citations(page);
            assertThat(cited).as(page.slug() + " cites something").isNotEmpty();
            assertThat(cited)
                    .as(page.slug())
                    .allSatisfy(number ->
                            assertThat(number).isBetween(1, page.sources().size()));
        });
    }

    @Test
    void pages_say_plainly_where_the_evidence_is_weak_and_avoid_superlatives() {
        assertThat(library.find("ketamine-for-migraine").orElseThrow().html())
                .contains("weak or no evidence")
                .contains("77%")
                .contains("about 40%");
        for (String condition : List.of("anxiety", "ocd", "ptsd", "ketamine-assisted-psychotherapy")) {
            assertThat(library.find("conditions/" + condition).orElseThrow().html())
                    .as(condition)
                    .containsIgnoringCase("weak");
        }
        assertThat(library.all())
                .allSatisfy(page -> assertThat(page.html().toLowerCase())
                        .as(page.slug())
                        .doesNotContain("breakthrough", "miracle", "revolutionary", "best-in-class", "guaranteed"));
    }

    @Test
    void interactions_page_says_never_to_stop_a_medicine_alone() {
        assertThat(library.find("medication-interactions").orElseThrow().html())
                .contains("never stop or change a medicine on your own")
                .contains("Lamictal")
                .contains("Xanax");
    }

    private static List<Integer> citations(Page page) {
        List<Integer> numbers = new ArrayList<>();
        StringBuilder all = new StringBuilder(page.html());
        page.faq().forEach(item -> all.append(item.answerHtml()));
        Matcher matcher = CITATION.matcher(all);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }
}
