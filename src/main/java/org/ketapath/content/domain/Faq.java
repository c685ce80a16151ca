package org.ketapath.content.domain;

/**
 * A question and its answer, shown on the page and offered to search engines as schema.org {@code FAQPage}.
 *
 * @param question the question, plain text
 * @param answerHtml the answer rendered from Markdown, citations linked to the page's sources
 * @param answerText the answer as plain text without citation markers (for structured data)
 */
public record Faq(String question, String answerHtml, String answerText) {}
