package org.ketapath.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One content file in, one checked and rendered page out, or a refusal that says what to fix. */
class PageParserTests {

    private final PageParser parser = new PageParser();

    static String page(String extraFrontMatter, String body) {
        return """
                ---
                title: "A test page"
                description: "What the page is about."
                slug: conditions/test-page
                section: Conditions
                order: 5
                lastReviewed: 2026-11-24
                reviewerRole: "Editorial review"
                sources:
                  - id: one
                    citation: "First source."
                    doi: "10.1097/AAP.0000000000000827"
                    pmid: "29923953"
                  - id: two
                    citation: "Second source."
                    url: "https://www.fda.gov/example"
                %s---
                %s
                """.formatted(extraFrontMatter, body);
    }

    @Test
    void reads_the_front_matter() {
        Page page = parser.parse("test.md", page("", "Body [1] and [2]."));

        assertThat(page.title()).isEqualTo("A test page");
        assertThat(page.description()).isEqualTo("What the page is about.");
        assertThat(page.slug()).isEqualTo("conditions/test-page");
        assertThat(page.path()).isEqualTo("/learn/conditions/test-page");
        assertThat(page.section()).isEqualTo("Conditions");
        assertThat(page.order()).isEqualTo(5);
        assertThat(page.lastReviewed()).hasToString("2026-11-24");
        assertThat(page.reviewerRole()).isEqualTo("Editorial review");
        assertThat(page.sources()).extracting(Source::id).containsExactly("one", "two");
        assertThat(page.sources().get(0).doiLink()).isEqualTo("https://doi.org/10.1097/AAP.0000000000000827");
        assertThat(page.sources().get(0).pubmedLink()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/29923953/");
    }

    @Test
    void turns_numbered_citations_into_links_to_the_source_list() {
        Page page = parser.parse("test.md", page("", "Pain fell [1]. Both agree [1, 2]. A [link](/learn) stays."));

        assertThat(page.html())
                .contains("Pain fell <a href=\"#source-1\" title=\"Source 1\" class=\"cite\">[1]</a>.")
                .contains("<a href=\"#source-1\" title=\"Source 1\" class=\"cite\">[1]</a>"
                        + "<a href=\"#source-2\" title=\"Source 2\" class=\"cite\">[2]</a>")
                .contains("<a href=\"/learn\">link</a>");
    }

    @Test
    void leaves_brackets_in_code_alone() {
        Page page = parser.parse("test.md", page("", "Cited [1] [2]; in code `array[1]` stays."));

        assertThat(page.html()).contains("<code>array[1]</code>");
    }

    @Test
    void refuses_a_citation_that_has_no_source() {
        assertThatThrownBy(() -> parser.parse("test.md", page("", "Cited [1] [2] and [3].")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("test.md: citation [3] has no source (the page lists 2)");
    }

    @Test
    void refuses_a_source_that_is_never_cited() {
        assertThatThrownBy(() -> parser.parse("test.md", page("", "Only [1].")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("test.md: source 2 is listed but never cited");
    }

    @Test
    void refuses_a_page_without_sources() {
        String text = "---\ntitle: T\ndescription: D\nslug: s\nsection: S\nlastReviewed: 2026-11-24\n"
                + "reviewerRole: R\n---\nBody.\n";

        assertThatThrownBy(() -> parser.parse("bare.md", text))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("lists no sources");
    }

    @Test
    void refuses_a_page_without_a_review_date() {
        String text = page("", "Body [1] [2].").replace("lastReviewed: 2026-11-24\n", "");

        assertThatThrownBy(() -> parser.parse("undated.md", text))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("undated.md: lastReviewed (a date) is missing");
    }

    @Test
    void refuses_a_source_with_a_malformed_doi_or_no_identifier() {
        String badDoi = page("", "Body [1] [2].").replace("10.1097/AAP.0000000000000827", "doi:10.1097/x");
        String noId = page("", "Body [1] [2].").replace("    url: \"https://www.fda.gov/example\"\n", "");

        assertThatThrownBy(() -> parser.parse("doi.md", badDoi)).hasMessageContaining("doi 'doi:10.1097/x'");
        assertThatThrownBy(() -> parser.parse("id.md", noId)).hasMessageContaining("needs a doi, pmid, pmcid or url");
    }

    @Test
    void refuses_unknown_front_matter_keys_and_a_second_title() {
        assertThatThrownBy(() -> parser.parse("typo.md", page("lastReviwed: 2026-01-01\n", "Body [1] [2].")))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("typo.md: front matter cannot be read");
        assertThatThrownBy(() -> parser.parse("h1.md", page("", "# Another title\n\nBody [1] [2].")))
                .hasMessageContaining("must not have a '# ' heading");
    }

    @Test
    void escapes_raw_html_and_drops_script_urls() {
        String body = """
                <script>alert(1)</script>

                Text <img src=x onerror=alert(2)> and [bad](javascript:alert(3)) [1] [2].

                <div onclick="alert(4)">block</div>
                """;

        String html = parser.parse("xss.md", page("", body)).html();

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<div")
                .doesNotContain("javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void renders_faq_answers_with_linked_citations_and_plain_text_for_structured_data() {
        String faq = """
                faq:
                  - question: "Does it work?"
                    answer: "Sometimes [2], with **caveats** [1]."
                """;

        Page page = parser.parse("faq.md", page(faq, "Intro."));

        assertThat(page.faq()).singleElement().satisfies(item -> {
            assertThat(item.question()).isEqualTo("Does it work?");
            assertThat(item.answerHtml()).contains("href=\"#source-2\"").contains("<strong>caveats</strong>");
            assertThat(item.answerText()).isEqualTo("Sometimes, with caveats.");
        });
    }

    @Test
    void gives_headings_anchors_and_tables_the_site_style() {
        String body = "## What happens\n\n| step | time |\n|---|---|\n| infusion | 40 min [1] [2] |\n";

        String html = parser.parse("t.md", page("", body)).html();

        assertThat(html).contains("<h2 id=\"what-happens\">What happens</h2>").contains("<table class=\"table\">");
    }
}
