package org.ketapath.assessment.domain;

/** A question that applies to this person but was not answered: the intake field and the question in words. */
public record Unanswered(String field, String question) {}
