package org.ketapath.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.directory.ClinicBilling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinic's billing facts for billing: three statements (clinic, clinicians with licences, prices). */
@Service
@Transactional(readOnly = true)
class JdbcClinicBilling implements ClinicBilling {

    private final JdbcClient jdbc;

    JdbcClinicBilling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BillingFacts> billingFacts(UUID clinicId) {
        return jdbc.sql("""
                        select c.name, c.phone, c.verification_status, c.pays_self_pay, c.pays_hsa_fsa,
                               c.provides_superbill, loc.street, loc.city, loc.state, loc.zip
                          from clinic c join clinic_location loc on loc.clinic_id = c.id and loc.is_primary
                         where c.id = :id
                        """)
                .param("id", clinicId)
                .query((rs, n) -> new BillingFacts(
                        clinicId,
                        rs.getString("name"),
                        rs.getString("phone"),
                        "VERIFIED".equals(rs.getString("verification_status")),
                        new Address(
                                rs.getString("street"),
                                rs.getString("city"),
                                rs.getString("state"),
                                rs.getString("zip")),
                        rs.getBoolean("pays_self_pay"),
                        rs.getBoolean("pays_hsa_fsa"),
                        rs.getBoolean("provides_superbill"),
                        List.of(),
                        List.of()))
                .optional()
                .map(facts -> new BillingFacts(
                        facts.id(),
                        facts.name(),
                        facts.phone(),
                        facts.verified(),
                        facts.address(),
                        facts.selfPay(),
                        facts.hsaFsa(),
                        facts.superbillProvided(),
                        clinicians(clinicId),
                        prices(clinicId)));
    }

    private List<Clinician> clinicians(UUID clinicId) {
        record Row(UUID id, String given, String family, String credentials, String npi) {}
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<UUID, List<Licence>> licences = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.given_name, p.family_name, p.credentials, p.npi,
                               l.state, l.number, l.type, l.status, l.expires_on
                          from practitioner p
                          left join licence l on l.practitioner_id = p.id and l.status <> 'REJECTED'
                         where p.clinic_id = :id
                         order by p.family_name, p.given_name, p.id, l.state, l.number
                        """).param("id", clinicId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            rows.computeIfAbsent(id, k -> {
                try {
                    return new Row(
                            id,
                            rs.getString("given_name"),
                            rs.getString("family_name"),
                            rs.getString("credentials"),
                            rs.getString("npi"));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Licence> list = licences.computeIfAbsent(id, k -> new ArrayList<>());
            if (rs.getString("state") != null) {
                list.add(new Licence(
                        rs.getString("state"),
                        rs.getString("number"),
                        rs.getString("type"),
                        rs.getString("status"),
                        rs.getObject("expires_on", LocalDate.class)));
            }
        });
        return rows.values().stream()
                .map(r -> new Clinician(r.id(), r.given(), r.family(), r.credentials(), r.npi(), licences.get(r.id())))
                .toList();
    }

    private List<ListedPrice> prices(UUID clinicId) {
        return jdbc.sql("""
                        select kind, label, amount_usd, sessions from clinic_price where clinic_id = :id
                         order by case kind when 'CONSULTATION' then 0 when 'INFUSION' then 1 else 2 end, amount_usd
                        """)
                .param("id", clinicId)
                .query((rs, n) -> new ListedPrice(
                        rs.getString("kind"),
                        rs.getString("label"),
                        rs.getBigDecimal("amount_usd"),
                        rs.getInt("sessions")))
                .list();
    }
}
