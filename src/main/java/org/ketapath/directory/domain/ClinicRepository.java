package org.ketapath.directory.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes clinics and what they own. */
@Repository
class ClinicRepository {

    private final JdbcClient jdbc;

    ClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM clinic WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(NewClinic c, Instant now) {
        boolean verified = "VERIFIED".equals(c.verificationStatus());
        jdbc.sql("""
                        INSERT INTO clinic (id, name, description, phone, website, timezone, accepting_new_patients,
                               verification_status, verified_by, verified_at, modalities, conditions, pays_self_pay,
                               pays_hsa_fsa, provides_superbill, infusion_minutes, monitoring_minutes)
                        VALUES (:id, :name, :description, :phone, :website, :timezone, :accepting, :status,
                               :verifiedBy, :verifiedAt, CAST(:modalities AS text[]), CAST(:conditions AS text[]),
                               :selfPay, :hsaFsa, :superbill, :infusionMinutes, :monitoringMinutes)
                        """)
                .param("id", c.id())
                .param("name", c.name())
                .param("description", c.description())
                .param("phone", c.phone())
                .param("website", c.website())
                .param("timezone", c.timezone())
                .param("accepting", c.acceptingNewPatients())
                .param("status", c.verificationStatus())
                .param("verifiedBy", verified ? c.verifiedBy() : null)
                .param("verifiedAt", verified ? java.sql.Timestamp.from(now) : null)
                .param("modalities", Arrays.literal(c.modalities()))
                .param("conditions", Arrays.literal(c.conditions()))
                .param("selfPay", c.payment().selfPay())
                .param("hsaFsa", c.payment().hsaFsa())
                .param("superbill", c.payment().superbill())
                .param("infusionMinutes", c.infusionMinutes())
                .param("monitoringMinutes", c.monitoringMinutes())
                .update();
        NewClinic.Location l = c.location();
        jdbc.sql("""
                        INSERT INTO clinic_location (id, clinic_id, is_primary, street, city, state, zip, latitude, longitude)
                        VALUES (:id, :clinic, true, :street, :city, :state, :zip, :lat, :lon)
                        """)
                .param("id", UUID.randomUUID())
                .param("clinic", c.id())
                .param("street", l.street())
                .param("city", l.city())
                .param("state", l.state().name())
                .param("zip", l.zip().value())
                .param("lat", l.latitude())
                .param("lon", l.longitude())
                .update();
        for (NewClinic.NewPractitioner p : c.practitioners()) {
            insertPractitioner(c.id(), p, c.verifiedBy(), now);
        }
        for (NewClinic.NewPrice price : c.prices()) {
            jdbc.sql("""
                            INSERT INTO clinic_price (id, clinic_id, kind, label, amount_usd, sessions)
                            VALUES (:id, :clinic, :kind, :label, :amount, :sessions)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("clinic", c.id())
                    .param("kind", price.kind())
                    .param("label", price.label())
                    .param("amount", price.amountUsd())
                    .param("sessions", price.sessions())
                    .update();
        }
    }

    private void insertPractitioner(UUID clinicId, NewClinic.NewPractitioner p, UUID verifiedBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO practitioner (id, clinic_id, given_name, family_name, credentials, npi, taxonomy_code)
                        VALUES (:id, :clinic, :given, :family, :credentials, :npi, :taxonomy)
                        """)
                .param("id", p.id())
                .param("clinic", clinicId)
                .param("given", p.givenName())
                .param("family", p.familyName())
                .param("credentials", p.credentials())
                .param("npi", p.npi().value())
                .param("taxonomy", p.taxonomyCode())
                .update();
        for (NewClinic.NewLicence l : p.licences()) {
            boolean decided = !"PENDING".equals(l.status());
            jdbc.sql("""
                            INSERT INTO licence (id, clinic_id, practitioner_id, state, number, type, expires_on, status,
                                   verified_by, verified_at, evidence_note)
                            VALUES (:id, :clinic, :practitioner, :state, :number, :type, :expires, :status,
                                   :verifiedBy, :verifiedAt, :note)
                            """)
                    .param("id", l.id())
                    .param("clinic", clinicId)
                    .param("practitioner", p.id())
                    .param("state", l.state().name())
                    .param("number", l.number())
                    .param("type", l.type())
                    .param("expires", l.expiresOn())
                    .param("status", l.status())
                    .param("verifiedBy", decided ? verifiedBy : null)
                    .param("verifiedAt", decided ? java.sql.Timestamp.from(now) : null)
                    .param("note", l.evidenceNote())
                    .update();
        }
    }
}
