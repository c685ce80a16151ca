package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The information page about interactions says what the assessment does: every medicine it gives as an example is
 * one the catalogue flags, every class has examples on it, and it cites the catalogue's sources.
 */
class InteractionsPageTests {

    static final InteractionCatalog catalog = new InteractionCatalog();

    static final Pattern EXAMPLES =
            Pattern.compile("^Examples: (.+?)(?:\\n\\n|\\z)", Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void every_medicine_given_as_an_example_on_the_page_is_flagged_by_the_assessment() {
        List<String> examples = examples();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(11);
        for (String paragraph : examples) {
            for (String medicine : paragraph.split("[,;().]")) {
                if (!medicine.isBlank()) {
                    assertThat(catalog.find(List.of(medicine)))
                            .as("'%s' on the page", medicine.strip())
                            .isNotEmpty()
                            .allSatisfy(i -> assertThat(i.match()).isEqualTo(Interaction.Match.EXACT));
                }
            }
        }
    }

    @Test
    void every_class_of_the_catalogue_has_examples_on_the_page() {
        String examples = String.join(" ", examples());

        assertThat(catalog.classes())
                .allSatisfy(c -> assertThat(catalog.find(List.of(examples.split("[,;()]"))))
                        .as(c.drugClass())
                        .extracting(Interaction::drugClass)
                        .contains(c.drugClass()));
    }

    @Test
    void the_page_cites_every_source_of_the_catalogue() {
        String page = page();

        assertThat(catalog.classes())
                .flatExtracting(InteractionCatalog.DrugClass::sources)
                .allSatisfy(source -> assertThat(page)
                        .as(source.citation())
                        .contains(
                                source.doi() != null
                                        ? "doi: \"" + source.doi() + "\""
                                        : "url: \"" + source.url() + "\""));
    }

    @Test
    void the_page_says_where_the_evidence_comes_from() {
        assertThat(page())
                .contains("never stop or change a medicine on your own")
                .contains("not a diagnosis")
                .contains("Evidence from depression, not migraine")
                .contains("by mouth")
                .contains("much smaller");
    }

    private static List<String> examples() {
        Matcher matcher = EXAMPLES.matcher(page());
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1).replace('\n', ' '));
        }
        return found;
    }

    private static String page() {
        try (InputStream in = new ClassPathResource("content/medication-interactions.md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
