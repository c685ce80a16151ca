package org.ketapath.directory.web;

import java.util.UUID;
import org.ketapath.directory.domain.ClinicProfileService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A clinic admin's edits to their clinic (membership is checked in ClinicProfileService). */
@RestController
@RequestMapping("/api/v1/clinics/{clinicId}")
class ClinicAdminApiController {

    private final ClinicProfileService profiles;

    ClinicAdminApiController(ClinicProfileService profiles) {
        this.profiles = profiles;
    }

    @PutMapping("/profile")
    void editProfile(@PathVariable UUID clinicId, @RequestBody ClinicProfileService.ProfileEdit edit) {
        if (!profiles.editProfile(clinicId, edit)) {
            throw VerificationApiController.notFound();
        }
    }

    @PutMapping("/licences/{licenceId}")
    void editLicence(
            @PathVariable UUID clinicId,
            @PathVariable UUID licenceId,
            @RequestBody ClinicProfileService.LicenceEdit edit) {
        if (!profiles.editLicence(clinicId, licenceId, edit)) {
            throw VerificationApiController.notFound();
        }
    }
}
