package org.ketapath.billing.domain;

import java.util.Optional;
import java.util.UUID;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.BillingApi;
import org.ketapath.billing.Estimate;
import org.ketapath.directory.ClinicBilling;
import org.ketapath.directory.CourseEstimates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Estimates for verified clinics, and the typical course the provider page shows: six sessions of the first
 * service the clinic prices (IV infusions first), the course the source article describes.
 */
@Service
@Transactional(readOnly = true)
public class Estimates implements BillingApi, CourseEstimates {

    /** The typical course shown on provider pages. */
    public static final int TYPICAL_SESSIONS = 6;

    private final PriceLists prices;
    private final ClinicBilling directory;

    Estimates(PriceLists prices, ClinicBilling directory) {
        this.prices = prices;
        this.directory = directory;
    }

    @Override
    public Optional<Estimate> estimate(UUID clinicId, BillableService service, int sessions) {
        if (directory
                .billingFacts(clinicId)
                .filter(ClinicBilling.BillingFacts::verified)
                .isEmpty()) {
            return Optional.empty();
        }
        return prices.find(clinicId).map(list -> Estimator.estimate(list, service, sessions));
    }

    @Override
    public Optional<TypicalCourse> typicalCourse(UUID clinicId) {
        Optional<PriceList> list = prices.find(clinicId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        for (BillableService service : BillableService.values()) {
            if (list.get().offers(service)) {
                Estimate e;
                try {
                    e = Estimator.estimate(list.get(), service, TYPICAL_SESSIONS);
                } catch (BillingRefusal.InvalidInput cannot) {
                    continue;
                }
                return Optional.of(new TypicalCourse(
                        "A typical course of " + TYPICAL_SESSIONS + " " + service.plural() + ": "
                                + e.total().formatShort(),
                        e.lines().stream()
                                .map(l -> new Line(l.description(), l.quantity(), l.unitPrice(), l.amount()))
                                .toList(),
                        e.total(),
                        e.notes()));
            }
        }
        return Optional.empty();
    }
}
