package org.ketapath.billing.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.billing.BillableService;
import org.ketapath.directory.ClinicBilling;
import org.ketapath.directory.ClinicBilling.BillingFacts;
import org.ketapath.directory.ClinicBilling.ListedPrice;
import org.ketapath.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinics' price lists and billing identities. A clinic that has not saved a price list of its own gets one
 * made from the prices it gave the directory (consultation, IV infusion, packages of IV infusions), so every
 * listed clinic has an estimate from the start.
 */
@Service
@Transactional(readOnly = true)
public class PriceLists {

    private final PriceListRepository repository;
    private final ClinicBilling directory;
    private final BillingClock clock;

    PriceLists(PriceListRepository repository, ClinicBilling directory, BillingClock clock) {
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
    }

    /** The clinic's price list (its own, else made from the directory's prices); empty for an unknown clinic. */
    public Optional<PriceList> find(UUID clinicId) {
        Optional<PriceList> own = repository.find(clinicId);
        if (own.isPresent()) {
            return own;
        }
        return directory.billingFacts(clinicId).map(PriceLists::fromDirectory);
    }

    public BillingIdentity identity(UUID clinicId) {
        return repository.identity(clinicId);
    }

    /** Replaces the clinic's price list and billing identity (the caller has checked the editor's rights). */
    @Transactional
    public void save(PriceList list, BillingIdentity identity, UUID by) {
        if (!list.clinicId().equals(identity.clinicId())) {
            throw new IllegalArgumentException("one clinic at a time");
        }
        repository.save(list, by, clock.now());
        repository.saveIdentity(identity, by, clock.now());
    }

    static PriceList fromDirectory(BillingFacts facts) {
        Money consultation = Money.ZERO;
        Map<BillableService, Money> services = new EnumMap<>(BillableService.class);
        List<PriceList.PricePackage> packages = new java.util.ArrayList<>();
        for (ListedPrice price : facts.prices()) {
            Money amount = Money.ofUsd(price.amountUsd());
            switch (price.kind()) {
                case "CONSULTATION" -> consultation = amount;
                case "INFUSION" -> services.putIfAbsent(BillableService.IV_INFUSION, amount);
                case "PACKAGE" -> {
                    if (price.sessions() >= 2) {
                        packages.add(new PriceList.PricePackage(
                                price.label(), BillableService.IV_INFUSION, price.sessions(), amount, null));
                    }
                }
                default -> {}
            }
        }
        return new PriceList(
                facts.id(),
                consultation,
                services,
                packages,
                "",
                new PriceList.PaymentOptions(facts.selfPay(), facts.hsaFsa(), facts.superbillProvided()),
                Money.ZERO,
                Money.ZERO,
                true);
    }
}
