package org.ketapath.billing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.BillingApi;
import org.ketapath.billing.Estimate;
import org.ketapath.billing.domain.BillingRefusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a course costs at a provider: {@code GET /api/v1/providers/{id}/estimate?service=IV_INFUSION&sessions=6}. */
@RestController
class EstimateApiController {

    private final BillingApi billing;

    EstimateApiController(BillingApi billing) {
        this.billing = billing;
    }

    record LineJson(String description, int quantity, BigDecimal unitPriceUsd, BigDecimal amountUsd) {}

    record PackageJson(
            String name,
            int sessions,
            BigDecimal priceUsd,
            @Nullable Integer validDays,
            int count) {}

    record EstimateJson(
            UUID providerId,
            String service,
            String serviceLabel,
            int sessions,
            List<LineJson> lines,
            @Nullable PackageJson packageApplied,
            BigDecimal savingsUsd,
            BigDecimal totalUsd,
            String currency,
            List<String> notes) {}

    @GetMapping("/api/v1/providers/{id}/estimate")
    EstimateJson estimate(
            @PathVariable UUID id,
            @RequestParam BillableService service,
            @RequestParam
                    @Min(value = 1, message = "must be from 1 to 50")
                    @Max(value = BillingApi.MAX_ESTIMATE_SESSIONS, message = "must be from 1 to 50")
                    int sessions) {
        Estimate e = billing.estimate(id, service, sessions).orElseThrow(BillingRefusal.NotFound::new);
        Estimate.AppliedPackage p = e.packageApplied();
        return new EstimateJson(
                id,
                e.service().name(),
                e.service().label(),
                e.sessions(),
                e.lines().stream()
                        .map(l -> new LineJson(
                                l.description(),
                                l.quantity(),
                                l.unitPrice().usd(),
                                l.amount().usd()))
                        .toList(),
                p == null
                        ? null
                        : new PackageJson(p.name(), p.sessions(), p.price().usd(), p.validDays(), p.count()),
                e.savings().usd(),
                e.total().usd(),
                "USD",
                e.notes());
    }
}
