package org.ketapath.content.web;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.ketapath.content.domain.Page;
import org.ketapath.content.domain.PageLibrary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml} (every public page, with the date it was last reviewed) and {@code /robots.txt}. */
@Controller
class SearchEngineFiles {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final String sitemap;
    private final String robots;

    SearchEngineFiles(PageLibrary library, PublicSite site) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        entry(xml, site.url("/"), null);
        entry(xml, site.url("/about"), null);
        LocalDate newest = library.all().stream()
                .map(Page::lastReviewed)
                .max(Comparator.naturalOrder())
                .orElse(null);
        entry(xml, site.url("/learn"), newest);
        library.all().forEach(page -> entry(xml, site.url(page.path()), page.lastReviewed()));
        this.sitemap = xml.append("</urlset>\n").toString();
        this.robots = String.join(
                "\n",
                "User-agent: *",
                "Allow: /",
                "Disallow: /dev/",
                "Disallow: /api/",
                "",
                "Sitemap: " + site.url("/sitemap.xml"),
                "");
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        return ResponseEntity.ok().contentType(XML).body(sitemap);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(TEXT).body(robots);
    }

    private static void entry(StringBuilder xml, String url, @Nullable LocalDate lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(url)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
