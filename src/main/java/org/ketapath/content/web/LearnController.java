package org.ketapath.content.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The information pages: the index at {@code /learn} and each page under it, rendered from the cache. */
@Controller
class LearnController {

    private final PageLibrary library;
    private final StructuredData structuredData;
    private final PublicSite site;
    private final Map<String, List<Page>> sections;

    LearnController(PageLibrary library, StructuredData structuredData, PublicSite site) {
        this.library = library;
        this.structuredData = structuredData;
        this.site = site;
        this.sections = sectionsOf(library);
    }

    @GetMapping("/learn")
    ModelAndView index() {
        return new ModelAndView("content/learn/index", Map.of("sections", sections, "canonical", site.url("/learn")));
    }

    @GetMapping("/learn/{slug}")
    ModelAndView page(@PathVariable String slug) {
        return show(slug);
    }

    @GetMapping("/learn/conditions/{condition}")
    ModelAndView condition(@PathVariable String condition) {
        return show("conditions/" + condition);
    }

    /** Migraine has one page, the detailed one; the conditions list links straight to it. */
    @GetMapping("/learn/conditions/migraine")
    RedirectView migraine() {
        RedirectView redirect = new RedirectView("/learn/ketamine-for-migraine", true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    private ModelAndView show(String slug) {
        return library.find(slug)
                .map(page -> new ModelAndView(
                        "content/learn/page",
                        Map.of(
                                "page", page,
                                "canonical", site.url(page.path()),
                                "jsonLd", structuredData.forPage(page))))
                .orElseGet(() -> new ModelAndView(
                        "content/learn/not-found", Map.of("sections", sections), HttpStatus.NOT_FOUND));
    }

    private static Map<String, List<Page>> sectionsOf(PageLibrary library) {
        Map<String, List<Page>> sections = new LinkedHashMap<>();
        for (Page page : library.all()) {
            sections.computeIfAbsent(page.section(), key -> new ArrayList<>()).add(page);
        }
        sections.replaceAll((section, pages) -> List.copyOf(pages));
        return Collections.unmodifiableMap(sections);
    }
}
