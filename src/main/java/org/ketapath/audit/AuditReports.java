package org.ketapath.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading the trail: chain verification for administrators and access reports for patients. */
public interface AuditReports {

    /** Recomputes the whole chain; reports intact, or the first row that does not match. */
    ChainVerification verify();

    /** Every recorded access to one patient's information, newest first. */
    List<Access> accessesTo(UUID patientId, int limit);

    /**
     * @param intact whether every row's hash and link matched
     * @param rowsChecked how many rows were checked
     * @param firstBrokenRow the sequence number of the first row that does not match, when one does not
     * @param problem what is wrong with that row
     */
    record ChainVerification(
            boolean intact,
            long rowsChecked,
            @Nullable Long firstBrokenRow,
            @Nullable String problem) {}

    /**
     * One line of a patient's "who looked at my data" report.
     *
     * @param at when
     * @param actorId the account that acted, if any
     * @param actorRole its role then
     * @param clinicId the clinic it acted for, if any
     * @param action what it did
     * @param resourceType on which kind of record
     * @param outcome whether it happened
     */
    record Access(
            Instant at,
            @Nullable UUID actorId,
            @Nullable String actorRole,
            @Nullable UUID clinicId,
            String action,
            String resourceType,
            String outcome) {}
}
