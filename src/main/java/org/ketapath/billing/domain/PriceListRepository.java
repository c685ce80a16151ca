package org.ketapath.billing.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.shared.Money;
import org.ketapath.shared.Npi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Price lists and billing identities: a few statements each, parameters always bound. */
@Repository
class PriceListRepository {

    private final JdbcClient jdbc;

    PriceListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PriceList> find(UUID clinicId) {
        Map<BillableService, Money> services = new EnumMap<>(BillableService.class);
        jdbc.sql("select service, amount_cents from billing_service_price where clinic_id = :id")
                .param("id", clinicId)
                .query(rs -> {
                    services.put(BillableService.valueOf(rs.getString(1)), Money.ofCents(rs.getLong(2)));
                });
        List<PriceList.PricePackage> packages = jdbc.sql("""
                        select name, service, sessions, amount_cents, valid_days from billing_package
                         where clinic_id = :id order by position
                        """)
                .param("id", clinicId)
                .query((rs, n) -> new PriceList.PricePackage(
                        rs.getString("name"),
                        BillableService.valueOf(rs.getString("service")),
                        rs.getInt("sessions"),
                        Money.ofCents(rs.getLong("amount_cents")),
                        rs.getObject("valid_days", Integer.class)))
                .list();
        return jdbc.sql("select * from billing_price_list where clinic_id = :id")
                .param("id", clinicId)
                .query((rs, n) -> new PriceList(
                        clinicId,
                        Money.ofCents(rs.getLong("consultation_cents")),
                        services,
                        packages,
                        rs.getString("inclusions"),
                        new PriceList.PaymentOptions(
                                rs.getBoolean("self_pay"),
                                rs.getBoolean("hsa_fsa"),
                                rs.getBoolean("superbill_provided")),
                        Money.ofCents(rs.getLong("cancellation_fee_cents")),
                        Money.ofCents(rs.getLong("no_show_fee_cents")),
                        false))
                .optional();
    }

    /** Replaces the clinic's whole price list. */
    void save(PriceList list, @Nullable UUID by, Instant at) {
        jdbc.sql("""
                        insert into billing_price_list (clinic_id, consultation_cents, inclusions, self_pay, hsa_fsa,
                            superbill_provided, cancellation_fee_cents, no_show_fee_cents, updated_by, updated_at)
                        values (:clinic, :consultation, :inclusions, :selfPay, :hsaFsa, :superbill, :cancellation,
                                :noShow, :by, :at)
                        on conflict (clinic_id) do update set consultation_cents = excluded.consultation_cents,
                            inclusions = excluded.inclusions, self_pay = excluded.self_pay, hsa_fsa = excluded.hsa_fsa,
                            superbill_provided = excluded.superbill_provided,
                            cancellation_fee_cents = excluded.cancellation_fee_cents,
                            no_show_fee_cents = excluded.no_show_fee_cents, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at
                        """)
                .param("clinic", list.clinicId())
                .param("consultation", list.consultation().cents())
                .param("inclusions", list.inclusions())
                .param("selfPay", list.payment().selfPay())
                .param("hsaFsa", list.payment().hsaFsa())
                .param("superbill", list.payment().superbill())
                .param("cancellation", list.cancellationFee().cents())
                .param("noShow", list.noShowFee().cents())
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        jdbc.sql("delete from billing_service_price where clinic_id = :id")
                .param("id", list.clinicId())
                .update();
        list.services()
                .forEach((service, amount) -> jdbc.sql("""
                        insert into billing_service_price (clinic_id, service, amount_cents)
                        values (:clinic, :service, :amount)
                        """)
                        .param("clinic", list.clinicId())
                        .param("service", service.name())
                        .param("amount", amount.cents())
                        .update());
        jdbc.sql("delete from billing_package where clinic_id = :id")
                .param("id", list.clinicId())
                .update();
        for (int i = 0; i < list.packages().size(); i++) {
            PriceList.PricePackage p = list.packages().get(i);
            jdbc.sql("""
                            insert into billing_package (id, clinic_id, position, name, service, sessions, amount_cents,
                                valid_days)
                            values (:id, :clinic, :position, :name, :service, :sessions, :amount, :validDays)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("clinic", list.clinicId())
                    .param("position", i)
                    .param("name", p.name())
                    .param("service", p.service().name())
                    .param("sessions", p.sessions())
                    .param("amount", p.price().cents())
                    .param("validDays", p.validDays())
                    .update();
        }
    }

    BillingIdentity identity(UUID clinicId) {
        return jdbc.sql(
                        "select tax_id, organisation_npi, ketamine_ndc from billing_clinic_identity where clinic_id = :id")
                .param("id", clinicId)
                .query((rs, n) -> new BillingIdentity(
                        clinicId,
                        rs.getString("tax_id"),
                        rs.getString("organisation_npi") == null ? null : new Npi(rs.getString("organisation_npi")),
                        rs.getString("ketamine_ndc")))
                .optional()
                .orElse(BillingIdentity.none(clinicId));
    }

    void saveIdentity(BillingIdentity identity, @Nullable UUID by, Instant at) {
        jdbc.sql("""
                        insert into billing_clinic_identity (clinic_id, tax_id, organisation_npi, ketamine_ndc,
                            updated_by, updated_at)
                        values (:clinic, :taxId, :npi, :ndc, :by, :at)
                        on conflict (clinic_id) do update set tax_id = excluded.tax_id,
                            organisation_npi = excluded.organisation_npi, ketamine_ndc = excluded.ketamine_ndc,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .param("clinic", identity.clinicId())
                .param("taxId", identity.taxId())
                .param(
                        "npi",
                        identity.organisationNpi() == null
                                ? null
                                : identity.organisationNpi().value())
                .param("ndc", identity.ketamineNdc())
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }
}
