package org.ketapath.assessment.domain;

/** One input at fault: its field path (such as {@code answers.q9}) and what is wrong, never the value. */
public record InputProblem(String field, String message) {}
