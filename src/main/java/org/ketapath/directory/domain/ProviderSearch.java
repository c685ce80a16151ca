package org.ketapath.directory.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.scheduling.ServiceType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Finds verified providers licensed in the patient's state near a ZIP code, or at home, each with the start of
 * its soonest free consultation.
 */
@Service
public class ProviderSearch {

    private final SearchRepository repository;
    private final SchedulingApi scheduling;
    private final Clock clock;

    ProviderSearch(SearchRepository repository, SchedulingApi scheduling, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.scheduling = scheduling;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The search is one statement in auto-commit; the page's soonest consultations are planned for all its
     * clinics together by scheduling (a few statements per look-ahead window, not one per clinic).
     */
    public SearchPage search(SearchQuery query) {
        SearchPage page = repository.search(query);
        if (page.results().isEmpty()) {
            return page;
        }
        List<UUID> ids = page.results().stream().map(ProviderSummary::id).toList();
        Map<UUID, SchedulingApi.ClinicSlot> soonest =
                scheduling.soonestPerClinic(ids, ServiceType.FREE_CONSULT, clock.instant());
        List<ProviderSummary> results = page.results().stream()
                .map(p -> {
                    SchedulingApi.ClinicSlot slot = soonest.get(p.id());
                    return slot == null ? p : p.withNextAvailable(slot.slot().start(), slot.zone());
                })
                .toList();
        return new SearchPage(results, page.total(), page.page(), page.size());
    }
}
