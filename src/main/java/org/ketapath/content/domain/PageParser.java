package org.ketapath.content.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one content file (YAML front matter between {@code ---} lines, then Markdown) into a {@link Page}, or
 * refuses it with a message naming the file and the problem: a citation without a source, a source never cited,
 * a missing review date, a second top-level heading.
 */
final class PageParser {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R(.*)\\z", Pattern.DOTALL);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    Page parse(String file, String text) {
        Matcher parts = FRONT_MATTER.matcher(text.replace("\r\n", "\n"));
        if (!parts.matches()) {
            throw new InvalidContentException(file + ": must start with YAML front matter between '---' lines");
        }
        FrontMatter front = frontMatter(file, parts.group(1));
        String slug = required(file, "slug", front.slug());
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidContentException(file + ": slug '" + slug + "' must be lower-case words joined by '-'");
        }
        List<Source> sources = front.sources() == null ? List.of() : front.sources();
        if (sources.isEmpty()) {
            throw new InvalidContentException(file + ": lists no sources; every page cites at least one");
        }
        checkUniqueIds(file, sources);
        if (front.lastReviewed() == null) {
            throw new InvalidContentException(file + ": lastReviewed (a date) is missing");
        }

        MarkdownRenderer.Rendered body = markdown.render(parts.group(2));
        if (body.hasTopLevelHeading()) {
            throw new InvalidContentException(
                    file + ": the body must not have a '# ' heading; the title is the page's h1");
        }
        Set<Integer> cited = new TreeSet<>(body.citations());
        List<Faq> faq = new ArrayList<>();
        for (FrontMatter.Question question : front.faq() == null ? List.<FrontMatter.Question>of() : front.faq()) {
            MarkdownRenderer.Rendered answer = markdown.render(required(file, "faq answer", question.answer()));
            cited.addAll(answer.citations());
            faq.add(new Faq(required(file, "faq question", question.question()), answer.html(), answer.text()));
        }
        checkCitations(file, cited, sources.size());

        return new Page(
                slug,
                required(file, "title", front.title()),
                required(file, "description", front.description()),
                required(file, "section", front.section()),
                front.order() == null ? Integer.MAX_VALUE : front.order(),
                front.lastReviewed(),
                required(file, "reviewerRole", front.reviewerRole()),
                sources,
                faq,
                body.html());
    }

    private FrontMatter frontMatter(String file, String block) {
        try {
            return yaml.readValue(block, FrontMatter.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidContentException(file + ": front matter cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkCitations(String file, Set<Integer> cited, int sourceCount) {
        for (int number : cited) {
            if (number < 1 || number > sourceCount) {
                throw new InvalidContentException(
                        file + ": citation [" + number + "] has no source (the page lists " + sourceCount + ")");
            }
        }
        for (int number = 1; number <= sourceCount; number++) {
            if (!cited.contains(number)) {
                throw new InvalidContentException(file + ": source " + number + " is listed but never cited");
            }
        }
    }

    private static void checkUniqueIds(String file, List<Source> sources) {
        Set<String> ids = new HashSet<>();
        for (Source source : sources) {
            if (!ids.add(source.id())) {
                throw new InvalidContentException(file + ": source id '" + source.id() + "' is used twice");
            }
        }
    }

    private static String required(String file, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(file + ": " + field + " is missing");
        }
        return value.strip();
    }
}
