package org.ketapath.assessment.domain;

/** Why the outcome is what it is: the rule's code, plain words, and the rule's source. */
public record Reason(String code, String text, String source) {}
