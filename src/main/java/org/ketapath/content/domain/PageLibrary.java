package org.ketapath.content.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every information page, read from {@code classpath:content/**}{@code /*.md} and rendered once at start-up; a
 * page that fails its checks stops the application with a message saying what to fix. Look-ups afterwards are
 * map reads.
 */
@Component
public class PageLibrary {

    static final String LOCATION = "classpath*:content/**/*.md";

    private final Map<String, Page> bySlug;

    PageLibrary() {
        this(new PathMatchingResourcePatternResolver(), LOCATION);
    }

    PageLibrary(ResourcePatternResolver resolver, String location) {
        this.bySlug = load(resolver, location);
    }

    /** The page at {@code /learn/<slug>}, if there is one. */
    public Optional<Page> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** All pages in their index order. */
    public List<Page> all() {
        return List.copyOf(bySlug.values());
    }

    private static Map<String, Page> load(ResourcePatternResolver resolver, String location) {
        PageParser parser = new PageParser();
        Map<String, Page> pages = new LinkedHashMap<>();
        try {
            for (Resource resource : resolver.getResources(location)) {
                String name = nameOf(resource);
                Page page = parser.parse(name, resource.getContentAsString(StandardCharsets.UTF_8));
                if (pages.putIfAbsent(page.slug(), page) != null) {
                    throw new InvalidContentException(name + ": slug '" + page.slug() + "' is used by another page");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the information pages at " + location, e);
        }
        Map<String, Page> ordered = new LinkedHashMap<>();
        pages.values().stream()
                .sorted(Comparator.comparingInt(Page::order).thenComparing(Page::slug))
                .forEach(page -> ordered.put(page.slug(), page));
        return Collections.unmodifiableMap(ordered);
    }

    /** The file's path from {@code content/} on, for messages editors can act on. */
    private static String nameOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf("/content/");
        return at < 0 ? String.valueOf(resource.getFilename()) : url.substring(at + 1);
    }
}
