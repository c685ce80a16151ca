package org.ketapath.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketapath.content.domain.Faq;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.ketapath.content.domain.Source;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for each page ({@code MedicalWebPage}, plus {@code FAQPage} where the page has questions),
 * built once at start-up. The JSON is safe inside {@code <script type="application/ld+json">}: every {@code <},
 * {@code >} and {@code &} is written as a JSON unicode escape, so no text can close the element.
 */
@Component
class StructuredData {

    static final String REVIEWER = "KetaPath content team";

    private final Map<String, List<String>> bySlug = new LinkedHashMap<>();

    StructuredData(PageLibrary library, PublicSite site) {
        JsonMapper json = JsonMapper.builder().build();
        for (Page page : library.all()) {
            List<String> blocks = new ArrayList<>();
            blocks.add(safe(json.writeValueAsString(medicalWebPage(page, site))));
            if (!page.faq().isEmpty()) {
                blocks.add(safe(json.writeValueAsString(faqPage(page, site))));
            }
            bySlug.put(page.slug(), List.copyOf(blocks));
        }
    }

    List<String> forPage(Page page) {
        return bySlug.getOrDefault(page.slug(), List.of());
    }

    /** JSON with the characters that could end a script element, or open a comment, escaped. */
    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> medicalWebPage(Page page, PublicSite site) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "MedicalWebPage");
        ld.put("@id", site.url(page.path()));
        ld.put("url", site.url(page.path()));
        ld.put("name", page.title());
        ld.put("headline", page.title());
        ld.put("description", page.description());
        ld.put("inLanguage", "en-US");
        ld.put("lastReviewed", page.lastReviewed().toString());
        ld.put("reviewedBy", Map.of("@type", "Organization", "name", REVIEWER, "description", page.reviewerRole()));
        ld.put("publisher", Map.of("@type", "Organization", "name", "KetaPath", "url", site.url("/")));
        ld.put("isPartOf", Map.of("@type", "WebSite", "name", "KetaPath", "url", site.url("/")));
        ld.put("citation", page.sources().stream().map(StructuredData::citation).toList());
        return ld;
    }

    private static Map<String, Object> citation(Source source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", source.citation());
        work.put("url", source.primaryLink());
        List<Map<String, String>> ids = new ArrayList<>();
        if (source.doi() != null) {
            ids.add(Map.of("@type", "PropertyValue", "propertyID", "DOI", "value", source.doi()));
        }
        if (source.pmid() != null) {
            ids.add(Map.of("@type", "PropertyValue", "propertyID", "PMID", "value", source.pmid()));
        }
        if (!ids.isEmpty()) {
            work.put("identifier", ids);
        }
        return work;
    }

    private static Map<String, Object> faqPage(Page page, PublicSite site) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "FAQPage");
        ld.put("url", site.url(page.path()));
        ld.put("mainEntity", page.faq().stream().map(StructuredData::question).toList());
        return ld;
    }

    private static Map<String, Object> question(Faq faq) {
        return Map.of(
                "@type",
                "Question",
                "name",
                faq.question(),
                "acceptedAnswer",
                Map.of("@type", "Answer", "text", faq.answerText()));
    }
}
