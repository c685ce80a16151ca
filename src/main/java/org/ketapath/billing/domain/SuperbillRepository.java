package org.ketapath.billing.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Superbills (insert and read only), visit codings, patients' billing details and what was paid per visit. */
@Repository
class SuperbillRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SuperbillRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored superbill with whose it is and, when it was corrected, the id of the correcting version. */
    record Stored(
            UUID clinicId,
            UUID patientId,
            SuperbillDocument document,
            @Nullable UUID supersededBy) {}

    String nextNumber(int year) {
        long n = jdbc.sql("select nextval('superbill_number_seq')")
                .query(Long.class)
                .single();
        return "SB-%04d-%06d".formatted(year, n % 1_000_000);
    }

    void insert(SuperbillDocument d, UUID clinicId, UUID patientId, UUID issuedBy) {
        jdbc.sql("""
                        insert into superbill (id, clinic_id, patient_id, number, version, previous_id, period_from,
                            period_to, content, total_charge_cents, total_paid_cents, correction_reason, issued_by,
                            issued_at)
                        values (:id, :clinic, :patient, :number, :version, :previous, :from, :to, cast(:content as jsonb),
                                :charge, :paid, :reason, :by, :at)
                        """)
                .param("id", d.id())
                .param("clinic", clinicId)
                .param("patient", patientId)
                .param("number", d.number())
                .param("version", d.version())
                .param("previous", d.previousId())
                .param("from", d.from())
                .param("to", d.to())
                .param("content", json.writeValueAsString(d))
                .param("charge", d.totalCharge().cents())
                .param("paid", d.totalPaid().cents())
                .param("reason", d.correctionReason())
                .param("by", issuedBy)
                .param("at", Timestamp.from(d.issuedAt()))
                .update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("""
                        select s.clinic_id, s.patient_id, s.content::text,
                               (select n.id from superbill n where n.previous_id = s.id) as superseded_by
                          from superbill s where s.id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Stored(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        json.readValue(rs.getString(3), SuperbillDocument.class),
                        rs.getObject(4, UUID.class)))
                .optional();
    }

    /** The patient's superbills (every version), newest first; of one clinic when {@code clinicId} is given. */
    List<Stored> list(UUID patientId, @Nullable UUID clinicId) {
        return jdbc.sql("""
                        select s.clinic_id, s.patient_id, s.content::text,
                               (select n.id from superbill n where n.previous_id = s.id) as superseded_by
                          from superbill s
                         where s.patient_id = :patient and (cast(:clinic as uuid) is null or s.clinic_id = :clinic)
                         order by s.issued_at desc, s.version desc limit 200
                        """)
                .param("patient", patientId)
                .param("clinic", clinicId)
                .query((rs, n) -> new Stored(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        json.readValue(rs.getString(3), SuperbillDocument.class),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    Map<UUID, VisitCoding> codings(Collection<UUID> appointmentIds) {
        Map<UUID, VisitCoding> codings = new HashMap<>();
        if (appointmentIds.isEmpty()) {
            return codings;
        }
        jdbc.sql("""
                        select appointment_id, clinic_id, em_code, diagnoses, place_of_service
                          from billing_visit_coding where appointment_id = any(cast(:ids as uuid[]))
                        """)
                .param("ids", new SqlArrayValue("uuid", appointmentIds.toArray()))
                .query(rs -> {
                    String[] diagnoses = (String[]) rs.getArray("diagnoses").getArray();
                    UUID id = rs.getObject("appointment_id", UUID.class);
                    codings.put(
                            id,
                            new VisitCoding(
                                    id,
                                    rs.getObject("clinic_id", UUID.class),
                                    EmCode.of(rs.getString("em_code")),
                                    List.of(diagnoses),
                                    PlaceOfService.of(rs.getString("place_of_service"))));
                });
        return codings;
    }

    void saveCoding(VisitCoding coding, UUID by, Instant at) {
        jdbc.sql("""
                        insert into billing_visit_coding (appointment_id, clinic_id, em_code, diagnoses, place_of_service,
                            chosen_by, chosen_at)
                        values (:id, :clinic, :em, cast(:diagnoses as varchar(8)[]), :pos, :by, :at)
                        on conflict (appointment_id) do update set em_code = excluded.em_code,
                            diagnoses = excluded.diagnoses, place_of_service = excluded.place_of_service,
                            chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at
                        """)
                .param("id", coding.appointmentId())
                .param("clinic", coding.clinicId())
                .param("em", coding.em() == null ? null : coding.em().code())
                .param(
                        "diagnoses",
                        new SqlArrayValue("varchar", coding.diagnoses().toArray()))
                .param(
                        "pos",
                        coding.placeOfService() == null
                                ? null
                                : coding.placeOfService().code())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<PatientBillingDetails> details(UUID patientId) {
        return jdbc.sql(
                        "select street, city, state, zip, member_id from billing_patient_details where patient_id = :id")
                .param("id", patientId)
                .query((rs, n) -> new PatientBillingDetails(
                        patientId,
                        new SuperbillDocument.Address(
                                rs.getString("street"),
                                rs.getString("city"),
                                rs.getString("state"),
                                rs.getString("zip")),
                        rs.getString("member_id")))
                .optional();
    }

    void saveDetails(PatientBillingDetails details, Instant at) {
        jdbc.sql("""
                        insert into billing_patient_details (patient_id, street, city, state, zip, member_id, updated_at)
                        values (:id, :street, :city, :state, :zip, :member, :at)
                        on conflict (patient_id) do update set street = excluded.street, city = excluded.city,
                            state = excluded.state, zip = excluded.zip, member_id = excluded.member_id,
                            updated_at = excluded.updated_at
                        """)
                .param("id", details.patientId())
                .param("street", details.address().street())
                .param("city", details.address().city())
                .param("state", details.address().state())
                .param("zip", details.address().zip())
                .param("member", details.memberId())
                .param("at", Timestamp.from(at))
                .update();
    }

    Map<UUID, Money> paidByAppointment(Collection<UUID> appointmentIds) {
        Map<UUID, Money> paid = new HashMap<>();
        if (appointmentIds.isEmpty()) {
            return paid;
        }
        jdbc.sql("""
                        select appointment_id, sum(amount_cents) from billing_payment
                         where appointment_id = any(cast(:ids as uuid[])) group by appointment_id
                        """)
                .param("ids", new SqlArrayValue("uuid", appointmentIds.toArray()))
                .query(rs -> {
                    paid.put(rs.getObject(1, UUID.class), Money.ofCents(rs.getLong(2)));
                });
        return paid;
    }
}
