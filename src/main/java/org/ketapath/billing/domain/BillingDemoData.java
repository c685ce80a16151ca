package org.ketapath.billing.domain;

import java.util.List;
import java.util.Map;
import org.ketapath.billing.BillableService;
import org.ketapath.identity.IdentityApi;
import org.ketapath.platform.DemoData;
import org.ketapath.shared.Money;
import org.ketapath.shared.Npi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's price list and billing identity (a fictional tax id, a valid-looking organisation NPI and the
 * NDC of a marketed ketamine product), so its patients can get a superbill on the first start. Its clinicians'
 * NPIs and licences come from the directory's demo data. Idempotent: a clinic that has a price list keeps it
 * (an admin's changes survive restarts).
 */
@Component
@DemoData
@Order(600)
class BillingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BillingDemoData.class);

    /** A fictional EIN (the 00 prefix is not issued by the IRS). */
    static final String TAX_ID = "00-1234567";

    /** The demo clinic's organisation NPI: nine fictional digits and their check digit. */
    static final Npi ORGANISATION_NPI = new Npi("199999990" + Npi.checkDigit("199999990"));

    /**
     * Ketalar (ketamine hydrochloride injection 10 mg/mL, 20 mL vials, carton of 10; Par), package NDC 42023-113-10
     * in the FDA NDC Directory (openFDA product_ndc 42023-113), as claims write it (5-4-2).
     */
    static final String KETAMINE_NDC = "42023011310";

    private final PriceListRepository repository;
    private final SuperbillRepository superbills;
    private final IdentityApi identity;
    private final BillingClock clock;

    BillingDemoData(
            PriceListRepository repository, SuperbillRepository superbills, IdentityApi identity, BillingClock clock) {
        this.repository = repository;
        this.superbills = superbills;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        addresses();
        var clinic = DemoData.Clinics.PHILADELPHIA;
        if (repository.find(clinic).isPresent()) {
            return;
        }
        repository.save(
                new PriceList(
                        clinic,
                        Money.ZERO,
                        Map.of(
                                BillableService.IV_INFUSION,
                                Money.ofDollars(550),
                                BillableService.IM_INJECTION,
                                Money.ofDollars(400)),
                        List.of(new PriceList.PricePackage(
                                "Six IV infusions", BillableService.IV_INFUSION, 6, Money.ofDollars(3000), 120)),
                        "The check before each infusion, the infusion, monitoring until you are ready to leave, and a"
                                + " follow-up call the next day.",
                        new PriceList.PaymentOptions(true, true, true),
                        Money.ofDollars(100),
                        Money.ofDollars(150),
                        false),
                null,
                clock.now());
        repository.saveIdentity(new BillingIdentity(clinic, TAX_ID, ORGANISATION_NPI, KETAMINE_NDC), null, clock.now());
        log.info("Demo billing loaded: price list and billing identity of the demo clinic");
    }

    /** Fictional postal addresses and member ids for demo patients 1 and 2 (their superbills need an address). */
    private void addresses() {
        for (int k = 1; k <= 2; k++) {
            int n = k;
            identity.demoAccountId("patient" + k + "@demo.ketapath.test")
                    .filter(id -> superbills.details(id).isEmpty())
                    .ifPresent(id -> superbills.saveDetails(
                            new PatientBillingDetails(
                                    id,
                                    new SuperbillDocument.Address(n + " Demo Lane", "Philadelphia", "PA", "19103"),
                                    "DEMO00000" + n),
                            clock.now()));
        }
    }
}
