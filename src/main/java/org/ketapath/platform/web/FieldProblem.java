package org.ketapath.platform.web;

/**
 * One input at fault in a problem+json response: the field (a JSON property path or a query parameter) and
 * what is wrong with it, in words that never repeat the value sent.
 */
public record FieldProblem(String field, String message) {}
