package org.ketapath.directory.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds verified providers licensed in the patient's state near a ZIP code, or at home. */
@Service
public class ProviderSearch {

    private final SearchRepository repository;

    ProviderSearch(SearchRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public SearchPage search(SearchQuery query) {
        return repository.search(query);
    }
}
