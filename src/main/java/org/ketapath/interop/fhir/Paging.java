package org.ketapath.interop.fhir;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import java.util.List;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.jspecify.annotations.Nullable;

/**
 * Offset paging without server state: {@code _count} (1-100, default 20) results from {@code _offset} (a multiple
 * of {@code _count}); HAPI writes the {@code next}/{@code previous} links with both, so any node can answer them.
 *
 * @param page the zero-based page
 * @param count results per page
 */
record Paging(int page, int count) {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final int MAX_PAGE = 10_000;

    static Paging of(@Nullable Integer offset, @Nullable Integer count) {
        int size = count == null ? DEFAULT_COUNT : count;
        if (size < 1 || size > MAX_COUNT) {
            throw Problems.invalid("_count", "must be between 1 and " + MAX_COUNT);
        }
        int from = offset == null ? 0 : offset;
        if (from < 0 || from % size != 0 || from / size > MAX_PAGE) {
            throw Problems.invalid("_offset", "must be a multiple of _count from 0 (use the next link)");
        }
        return new Paging(from / size, size);
    }

    int offset() {
        return page * count;
    }

    /** One page of matches out of {@code total}, with the resources {@code _include} asked for after them. */
    IBundleProvider bundle(List<? extends IAnyResource> matches, long total) {
        matches.forEach(m -> ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(m, BundleEntrySearchModeEnum.MATCH));
        SimpleBundleProvider bundle = new SimpleBundleProvider(matches);
        bundle.setSize((int) Math.min(Integer.MAX_VALUE, total));
        bundle.setCurrentPageOffset(offset());
        bundle.setCurrentPageSize(count);
        return bundle;
    }
}
