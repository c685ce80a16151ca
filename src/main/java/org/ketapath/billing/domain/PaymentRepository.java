package org.ketapath.billing.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.shared.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded payments: insert and read only (the database refuses changes). */
@Repository
class PaymentRepository {

    private static final RowMapper<Payment> ROW = (rs, n) -> new Payment(
            rs.getObject("id", UUID.class),
            rs.getObject("clinic_id", UUID.class),
            rs.getObject("appointment_id", UUID.class),
            rs.getObject("patient_id", UUID.class),
            rs.getString("receipt_number"),
            rs.getObject("paid_on", LocalDate.class),
            Money.ofCents(rs.getLong("amount_cents")),
            PaymentMethod.valueOf(rs.getString("method")),
            rs.getString("reference"),
            rs.getTimestamp("recorded_at").toInstant());

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextReceiptNumber(int year) {
        long n = jdbc.sql("select nextval('receipt_number_seq')")
                .query(Long.class)
                .single();
        return "R-%04d-%06d".formatted(year, n % 1_000_000);
    }

    void insert(Payment p, UUID by) {
        jdbc.sql("""
                        insert into billing_payment (id, clinic_id, appointment_id, patient_id, receipt_number, paid_on,
                            amount_cents, method, reference, recorded_by, recorded_at)
                        values (:id, :clinic, :appointment, :patient, :number, :paidOn, :amount, :method, :reference,
                                :by, :at)
                        """)
                .param("id", p.id())
                .param("clinic", p.clinicId())
                .param("appointment", p.appointmentId())
                .param("patient", p.patientId())
                .param("number", p.receiptNumber())
                .param("paidOn", p.paidOn())
                .param("amount", p.amount().cents())
                .param("method", p.method().name())
                .param("reference", p.reference())
                .param("by", by)
                .param("at", Timestamp.from(p.recordedAt()))
                .update();
    }

    Optional<Payment> find(UUID id) {
        return jdbc.sql("select * from billing_payment where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    List<Payment> ofPatientEverywhere(UUID patientId) {
        return jdbc.sql(
                        "select * from billing_payment where patient_id = :p order by paid_on desc, recorded_at desc limit 500")
                .param("p", patientId)
                .query(ROW)
                .list();
    }

    List<Payment> ofPatient(UUID clinicId, UUID patientId) {
        return jdbc.sql("""
                        select * from billing_payment where clinic_id = :c and patient_id = :p
                         order by paid_on desc, recorded_at desc limit 500
                        """)
                .param("c", clinicId)
                .param("p", patientId)
                .query(ROW)
                .list();
    }
}
