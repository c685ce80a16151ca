package org.ketapath.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns the editors' citation convention, {@code [1]} or {@code [1, 3]} in running text, into links to the page's
 * numbered source list ({@code #source-1}). Text inside links and code is left alone.
 */
final class CitationLinker implements PostProcessor {

    static final String ANCHOR_PREFIX = "#source-";
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\]");

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // citations are never nested inside another link
            }
        });
        texts.forEach(CitationLinker::link);
        return document;
    }

    /** The numbers cited in a rendered document, read back from its citation links. */
    static List<Integer> citedNumbers(Node document) {
        List<Integer> numbers = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(ANCHOR_PREFIX)) {
                    numbers.add(Integer.parseInt(link.getDestination().substring(ANCHOR_PREFIX.length())));
                }
            }
        });
        return numbers;
    }

    private static void link(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = CITATION.matcher(literal);
        if (!matcher.find()) {
            return;
        }
        int last = 0;
        do {
            insertText(text, literal.substring(last, matcher.start()));
            for (String number : matcher.group(1).split(",")) {
                String n = String.valueOf(Integer.parseInt(number.trim()));
                Link citation = new Link(ANCHOR_PREFIX + n, "Source " + n);
                citation.appendChild(new Text("[" + n + "]"));
                text.insertBefore(citation);
            }
            last = matcher.end();
        } while (matcher.find());
        insertText(text, literal.substring(last));
        text.unlink();
    }

    private static void insertText(Text anchor, String literal) {
        if (!literal.isEmpty()) {
            anchor.insertBefore(new Text(literal));
        }
    }
}
