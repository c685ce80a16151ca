package org.ketapath.directory.domain;

import org.springframework.stereotype.Service;

/** Finds verified providers licensed in the patient's state near a ZIP code, or at home. */
@Service
public class ProviderSearch {

    private final SearchRepository repository;

    ProviderSearch(SearchRepository repository) {
        this.repository = repository;
    }

    /** One statement in auto-commit: no transaction round trips on the hot path. */
    public SearchPage search(SearchQuery query) {
        return repository.search(query);
    }
}
