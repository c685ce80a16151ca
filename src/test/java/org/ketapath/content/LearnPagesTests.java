package org.ketapath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The information pages over HTTP, as people and crawlers get them, with a configured public address. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ketapath.public-base-url=https://ketapath.example/")
class LearnPagesTests {

    private static final String BASE = "https://ketapath.example";
    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    PageLibrary library;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void every_page_has_its_title_description_canonical_review_date_sources_and_the_crisis_line() {
        for (Page page : library.all()) {
            HttpResponse<String> response = http.get(page.path());

            assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
            assertThat(response.body())
                    .as(page.path())
                    .contains("<title>" + escape(page.title()) + " | KetaPath</title>")
                    .contains("<meta name=\"description\" content=\"" + escape(page.description()) + "\">")
                    .contains("<link rel=\"canonical\" href=\"" + BASE + page.path() + "\">")
                    .contains("<meta property=\"og:url\" content=\"" + BASE + page.path() + "\">")
                    .contains("Last reviewed <time datetime=\"" + page.lastReviewed() + "\">")
                    .contains(escape(page.reviewerRole()))
                    .contains("<li id=\"source-1\">")
                    .contains("In crisis? Call or text <a href=\"tel:988\">988</a>")
                    .contains("information only, not medical advice")
                    .contains("href=\"/assessment\"")
                    .contains("href=\"/providers\"")
                    .doesNotContain("<script>");
        }
    }

    @Test
    void every_page_carries_medical_web_page_json_ld_that_parses() {
        JsonMapper json = JsonMapper.builder().build();
        for (Page page : library.all()) {
            List<JsonNode> blocks = jsonLd(json, http.get(page.path()).body());

            JsonNode medical = blocks.get(0);
            assertThat(medical.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(medical.get("@type").asString()).isEqualTo("MedicalWebPage");
            assertThat(medical.get("url").asString()).isEqualTo(BASE + page.path());
            assertThat(medical.get("name").asString()).isEqualTo(page.title());
            assertThat(medical.get("lastReviewed").asString())
                    .isEqualTo(page.lastReviewed().toString());
            assertThat(medical.get("reviewedBy").get("@type").asString()).isEqualTo("Organization");
            assertThat(medical.get("citation").size()).isEqualTo(page.sources().size());
            assertThat(blocks).hasSize(page.faq().isEmpty() ? 1 : 2);
        }
    }

    @Test
    void faq_page_offers_its_questions_as_faq_page_json_ld() {
        Page faq = library.find("faq").orElseThrow();
        List<JsonNode> blocks =
                jsonLd(JsonMapper.builder().build(), http.get("/learn/faq").body());

        JsonNode faqPage = blocks.get(1);
        assertThat(faqPage.get("@type").asString()).isEqualTo("FAQPage");
        assertThat(faqPage.get("mainEntity").size()).isEqualTo(faq.faq().size());
        JsonNode first = faqPage.get("mainEntity").get(0);
        assertThat(first.get("@type").asString()).isEqualTo("Question");
        assertThat(first.get("name").asString()).isEqualTo(faq.faq().get(0).question());
        assertThat(first.get("acceptedAnswer").get("text").asString())
                .isEqualTo(faq.faq().get(0).answerText())
                .doesNotContain("[1]");
    }

    @Test
    void index_lists_every_page_and_the_main_navigation_links_to_it() {
        HttpResponse<String> index = http.get("/learn");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body())
                .contains("<h1>Learn about ketamine therapy</h1>")
                .contains("<a href=\"/learn\" aria-current=\"page\">Learn</a>");
        library.all().forEach(page -> assertThat(index.body()).contains("href=\"" + page.path() + "\""));
        assertThat(http.get("/").body()).contains("<a href=\"/learn\">Learn</a>");
    }

    @Test
    void home_page_links_to_information_pages_that_exist_and_ends_with_the_next_step() {
        String home = http.get("/").body();
        Matcher links = Pattern.compile("href=\"(/learn[^\"#]*)\"").matcher(home);
        int count = 0;
        while (links.find()) {
            assertThat(http.get(links.group(1)).statusCode()).as(links.group(1)).isEqualTo(200);
            count++;
        }

        assertThat(count).isGreaterThanOrEqualTo(7);
        assertThat(home).contains("href=\"/learn/conditions/ptsd\"");
        assertThat(home)
                .contains("<link rel=\"canonical\" href=\"" + BASE + "/\">")
                .contains("Take the two-minute assessment, then book a free consultation")
                .contains("href=\"/assessment\"")
                .contains("href=\"/providers\"");
    }

    @Test
    void home_page_sends_people_considering_at_home_treatment_to_the_fda_warning_on_the_session_page() {
        org.jsoup.nodes.Document home = Jsoup.parse(http.get("/").body());
        String target = home.select("a[href]").stream()
                .map(link -> link.attr("href"))
                .filter(href -> href.startsWith("/learn/what-happens-in-a-session#"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the home page does not link to the at-home warning"));

        org.jsoup.nodes.Document session =
                Jsoup.parse(http.get(target.substring(0, target.indexOf('#'))).body());
        org.jsoup.nodes.Element heading = session.getElementById(target.substring(target.indexOf('#') + 1));
        assertThat(heading).as(target).isNotNull();
        assertThat(heading.text()).contains("FDA");
        assertThat(heading.nextElementSiblings().text()).contains("10 October 2023");
    }

    @Test
    void unknown_pages_get_a_friendly_404_listing_the_pages_we_have() {
        for (String path : List.of("/learn/no-such-page", "/learn/conditions/no-such-condition", "/learn/faq.md")) {
            HttpResponse<String> response = http.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body())
                    .contains("<h1>Page not found</h1>")
                    .contains("href=\"/learn/ketamine-for-migraine\"")
                    .contains("988");
        }
    }

    @Test
    void the_conditions_list_sends_migraine_to_its_detailed_page() {
        HttpResponse<String> response = http.get("/learn/conditions/migraine");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/learn/ketamine-for-migraine"));
    }

    @Test
    void sitemap_lists_every_page_with_its_review_date() throws Exception {
        HttpResponse<String> response = http.get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document sitemap = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        assertThat(sitemap.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList urls = sitemap.getElementsByTagNameNS("*", "url");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            entries.add(urls.item(i).getTextContent());
        }
        assertThat(entries)
                .contains(
                        BASE + "/",
                        BASE + "/learn"
                                + library.all().stream()
                                        .map(Page::lastReviewed)
                                        .max(java.util.Comparator.naturalOrder())
                                        .orElseThrow());
        library.all().forEach(page -> assertThat(entries).contains(BASE + page.path() + page.lastReviewed()));
    }

    @Test
    void robots_txt_allows_crawling_except_development_and_api_routes_and_names_the_sitemap() {
        HttpResponse<String> response = http.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body().lines())
                .containsSubsequence("User-agent: *", "Allow: /", "Disallow: /dev/", "Disallow: /api/")
                .contains("Sitemap: " + BASE + "/sitemap.xml");
    }

    private static List<JsonNode> jsonLd(JsonMapper json, String html) {
        List<JsonNode> blocks = new ArrayList<>();
        Matcher matcher = JSON_LD.matcher(html);
        while (matcher.find()) {
            blocks.add(json.readTree(matcher.group(1)));
        }
        return blocks;
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
