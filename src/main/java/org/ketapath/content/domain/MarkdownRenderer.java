package org.ketapath.content.domain;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * CommonMark with tables and heading anchors. Raw HTML in the Markdown is escaped, never passed through, and
 * unsafe link targets ({@code javascript:}) are dropped: content is data, not markup.
 */
final class MarkdownRenderer {

    /** A rendered fragment and the citation numbers it uses, in order of appearance. */
    record Rendered(String html, String text, List<Integer> citations, boolean hasTopLevelHeading) {}

    private final Parser parser;
    private final Parser plainParser = Parser.builder().build();
    private final HtmlRenderer html;
    private final TextContentRenderer text;

    MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .postProcessor(new CitationLinker())
                .build();
        this.html = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new ContentAttributes())
                .build();
        this.text = TextContentRenderer.builder().build();
    }

    Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        List<Integer> citations = CitationLinker.citedNumbers(document);
        boolean[] topLevel = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                topLevel[0] |= heading.getLevel() == 1;
            }
        });
        String plain = text.render(plainParser.parse(markdown))
                .replaceAll("\\s*\\[\\d{1,3}(?:\\s*,\\s*\\d{1,3})*]", "")
                .strip();
        return new Rendered(html.render(document), plain, citations, topLevel[0]);
    }

    /**
     * Citation links get a class for styling; links within the site drop the {@code nofollow} that URL sanitising
     * adds (crawlers should follow our own pages); tables get the site's table class.
     */
    private static final class ContentAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link link && isInternal(link.getDestination())) {
                attributes.remove("rel");
            }
            if (node instanceof Link link && link.getDestination().startsWith(CitationLinker.ANCHOR_PREFIX)) {
                attributes.put("class", "cite");
            } else if ("table".equals(tagName)) {
                attributes.put("class", "table");
            }
        }
    }

    private static boolean isInternal(String destination) {
        return destination.startsWith("#") || (destination.startsWith("/") && !destination.startsWith("//"));
    }
}
