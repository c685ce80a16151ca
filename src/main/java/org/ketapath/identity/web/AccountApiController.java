package org.ketapath.identity.web;

import java.util.List;
import java.util.UUID;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.PatientRecords;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account, and clinic staff's view of the patients who share with their clinic. */
@RestController
class AccountApiController {

    static final int LIST_LIMIT = 200;

    private final Identities identities;
    private final PatientRecords records;

    AccountApiController(Identities identities, PatientRecords records) {
        this.identities = identities;
        this.records = records;
    }

    @GetMapping("/api/v1/me")
    CurrentUser me(Authentication auth) {
        return identities.find(Authorities.accountId(auth)).orElseThrow(ApiResponses::notFound);
    }

    /** Patients sharing anything with the clinic (at most 200); another clinic's list is not found. */
    @GetMapping("/api/v1/clinics/{clinicId}/patients")
    List<PatientRecords.Profile> patients(@PathVariable UUID clinicId, Authentication auth) {
        UUID staff = Authorities.accountId(auth);
        if (!identities.isStaffOf(staff, clinicId)) {
            throw ApiResponses.notFound();
        }
        return records.sharingWith(staff, clinicId, LIST_LIMIT);
    }

    @GetMapping("/api/v1/clinics/{clinicId}/patients/{patientId}")
    PatientRecords.Profile patient(@PathVariable UUID clinicId, @PathVariable UUID patientId, Authentication auth) {
        return records.forStaff(Authorities.accountId(auth), clinicId, patientId)
                .orElseThrow(ApiResponses::notFound);
    }
}
