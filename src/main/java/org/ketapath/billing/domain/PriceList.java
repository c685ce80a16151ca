package org.ketapath.billing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.shared.Money;

/**
 * A clinic's price list: the consultation, each service it prices one by one, its packages, what the prices
 * include, the payment options, and the cancellation and no-show fees.
 *
 * @param clinicId the clinic
 * @param consultation the consultation's price (zero: free)
 * @param services the price of one session of each service the clinic prices singly
 * @param packages packages of sessions at a fixed price
 * @param inclusions what the prices include, in the clinic's words (may be empty)
 * @param payment the payment options
 * @param cancellationFee the fee for a late cancellation (zero: none)
 * @param noShowFee the fee for a missed visit (zero: none)
 * @param fromDirectory whether the list was made from the prices the clinic gave the directory (it has not
 *     saved a price list of its own)
 */
public record PriceList(
        UUID clinicId,
        Money consultation,
        Map<BillableService, Money> services,
        List<PricePackage> packages,
        String inclusions,
        PaymentOptions payment,
        Money cancellationFee,
        Money noShowFee,
        boolean fromDirectory) {

    public PriceList {
        services = services.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(services));
        packages = List.copyOf(packages);
    }

    public Optional<Money> priceOf(BillableService service) {
        return Optional.ofNullable(services.get(service));
    }

    public List<PricePackage> packagesOf(BillableService service) {
        return packages.stream().filter(p -> p.service() == service).toList();
    }

    /** Whether the clinic prices the service at all (singly or in a package). */
    public boolean offers(BillableService service) {
        return services.containsKey(service) || !packagesOf(service).isEmpty();
    }

    /**
     * A package of sessions at a fixed price.
     *
     * @param name its name ("Six IV infusions")
     * @param service the service
     * @param sessions how many sessions (2-50)
     * @param price the price of the whole package
     * @param validDays for how many days from the first session it may be used, if limited
     */
    public record PricePackage(
            String name,
            BillableService service,
            int sessions,
            Money price,
            @Nullable Integer validDays) {}

    /** How patients may pay, and whether the clinic gives a superbill. */
    public record PaymentOptions(boolean selfPay, boolean hsaFsa, boolean superbill) {}
}
