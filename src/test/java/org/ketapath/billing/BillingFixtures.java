package org.ketapath.billing;

import java.util.UUID;
import org.ketapath.shared.Npi;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Billing rows for tests, in plain SQL: a verified clinic, its price list and billing identity. */
public final class BillingFixtures {

    /** A valid organisation NPI (check digit computed). */
    public static final String ORGANISATION_NPI = "123456789" + Npi.checkDigit("123456789");

    private BillingFixtures() {}

    /** Marks a test clinic verified, so patients find it and estimates answer. */
    public static void verify(JdbcClient jdbc, UUID clinic) {
        jdbc.sql("""
                        update clinic set verification_status = 'VERIFIED', verified_by = :by, verified_at = now(),
                               pays_hsa_fsa = true, provides_superbill = true
                         where id = :id
                        """).param("id", clinic).param("by", UUID.randomUUID()).update();
    }

    /** Consultation free, IV infusion $550, six IV infusions $3,000 for 90 days; tax id and organisation NPI. */
    public static void priceList(JdbcClient jdbc, UUID clinic) {
        jdbc.sql("""
                        insert into billing_price_list (clinic_id, consultation_cents, inclusions, self_pay, hsa_fsa,
                            superbill_provided, cancellation_fee_cents, no_show_fee_cents, updated_at)
                        values (:c, 0, 'Pre-infusion check, infusion and monitoring', true, true, true, 10000, 15000, now())
                        on conflict (clinic_id) do nothing
                        """).param("c", clinic).update();
        jdbc.sql("""
                        insert into billing_service_price (clinic_id, service, amount_cents) values (:c, 'IV_INFUSION', 55000)
                        on conflict do nothing
                        """).param("c", clinic).update();
        jdbc.sql("""
                        insert into billing_package (id, clinic_id, position, name, service, sessions, amount_cents, valid_days)
                        values (:id, :c, 0, 'Six IV infusions', 'IV_INFUSION', 6, 300000, 90) on conflict do nothing
                        """).param("id", UUID.randomUUID()).param("c", clinic).update();
        jdbc.sql("""
                        insert into billing_clinic_identity (clinic_id, tax_id, organisation_npi, ketamine_ndc, updated_at)
                        values (:c, '12-3456789', :npi, '42023011310', now()) on conflict do nothing
                        """).param("c", clinic).param("npi", ORGANISATION_NPI).update();
    }
}
