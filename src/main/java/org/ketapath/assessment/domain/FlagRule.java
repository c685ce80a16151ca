package org.ketapath.assessment.domain;

/** Raises {@code code} when the points of {@code item} are at least {@code atLeast}, whatever the total. */
public record FlagRule(String code, String item, int atLeast) {}
