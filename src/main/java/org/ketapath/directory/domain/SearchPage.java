package org.ketapath.directory.domain;

import java.util.List;

/** A page of search results and the total number of matches. */
public record SearchPage(List<ProviderSummary> results, long total, int page, int size) {}
