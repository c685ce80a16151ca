package org.ketapath.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PatientProfileRepository {

    private final JdbcClient jdbc;

    PatientProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, PatientDetails details) {
        jdbc.sql("""
                        insert into patient_profile (account_id, given_name, family_name, birth_date, zip, phone)
                        values (:id, :given, :family, :birth, :zip, :phone)
                        on conflict (account_id) do nothing
                        """)
                .param("id", accountId)
                .param("given", details.givenName())
                .param("family", details.familyName())
                .param("birth", details.birthDate())
                .param("zip", details.zip())
                .param("phone", details.phone())
                .update();
    }

    Optional<PatientDetails> find(UUID accountId) {
        return jdbc.sql("""
                        select given_name, family_name, birth_date, zip, phone from patient_profile
                        where account_id = :id
                        """)
                .param("id", accountId)
                .query((rs, row) -> new PatientDetails(
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        rs.getObject("birth_date", java.time.LocalDate.class),
                        rs.getString("zip"),
                        rs.getString("phone")))
                .optional();
    }

    void delete(UUID accountId) {
        jdbc.sql("delete from patient_profile where account_id = :id")
                .param("id", accountId)
                .update();
    }

    void update(UUID accountId, PatientDetails details) {
        jdbc.sql("""
                        update patient_profile set given_name = :given, family_name = :family, zip = :zip,
                               phone = :phone, updated_at = now()
                        where account_id = :id
                        """)
                .param("id", accountId)
                .param("given", details.givenName())
                .param("family", details.familyName())
                .param("zip", details.zip())
                .param("phone", details.phone())
                .update();
    }
}
