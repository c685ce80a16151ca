package org.ketapath.assessment.domain;

/** One choice of a choice item: the value sent in answers, the label people read, and its points. */
public record AnswerOption(String value, String label, int points) {}
