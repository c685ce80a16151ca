package org.ketapath.assessment.domain;

/** How the total is made ({@code sum} of the points of the items in the total) and its declared range. */
public record TotalRule(String rule, int min, int max) {}
