package org.ketapath.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.identity.Role;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinic's staff for its admins: who works there, invitations by e-mail (single-use link, 7 days) and removal
 * (the person's sessions and API tokens end at once). Another clinic's admin gets not found.
 */
@RestController
class StaffApiController {

    private final ClinicStaff staff;

    StaffApiController(ClinicStaff staff) {
        this.staff = staff;
    }

    /** The clinic's staff and pending invitations. */
    record StaffJson(List<ClinicStaff.Member> members, List<ClinicStaff.Invitation> invitations) {}

    /**
     * An invitation to send.
     *
     * @param email where the link goes
     * @param role CLINICIAN or CLINIC_ADMIN
     */
    record InviteRequest(
            @NotBlank(message = "is required") @Nullable String email,

            @NotNull(message = "is required (CLINICIAN or CLINIC_ADMIN)") @Nullable
            Role role) {}

    @GetMapping("/api/v1/clinics/{clinicId}/staff")
    StaffJson list(@PathVariable UUID clinicId) {
        adminOf(clinicId);
        return new StaffJson(staff.members(clinicId), staff.pendingInvitations(clinicId));
    }

    @PostMapping("/api/v1/clinics/{clinicId}/staff/invitations")
    ResponseEntity<ClinicStaff.Invitation> invite(@PathVariable UUID clinicId, @Valid @RequestBody InviteRequest body) {
        CurrentAccount admin = adminOf(clinicId);
        try {
            ClinicStaff.Invitation invitation = staff.invite(
                    admin.id(), clinicId, Objects.requireNonNull(body.email()), Objects.requireNonNull(body.role()));
            return ResponseEntity.created(URI.create("/api/v1/clinics/" + clinicId + "/staff"))
                    .body(invitation);
        } catch (ClinicStaff.Rejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        }
    }

    @DeleteMapping("/api/v1/clinics/{clinicId}/staff/invitations/{invitationId}")
    ResponseEntity<Void> revoke(@PathVariable UUID clinicId, @PathVariable UUID invitationId) {
        adminOf(clinicId);
        if (!staff.revokeInvitation(clinicId, invitationId)) {
            throw notFound();
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/clinics/{clinicId}/staff/{accountId}")
    ResponseEntity<Void> remove(@PathVariable UUID clinicId, @PathVariable UUID accountId) {
        adminOf(clinicId);
        return switch (staff.remove(clinicId, accountId)) {
            case REMOVED -> ResponseEntity.noContent().build();
            case NOT_A_MEMBER -> throw notFound();
            case LAST_ADMIN ->
                throw new ErrorResponseException(
                        HttpStatus.CONFLICT,
                        ProblemDetail.forStatusAndDetail(
                                HttpStatus.CONFLICT,
                                "A clinic keeps at least one admin: invite another admin before removing this one."),
                        null);
        };
    }

    private CurrentAccount adminOf(UUID clinicId) {
        return CurrentAccount.get()
                .filter(a -> a.hasRole("CLINIC_ADMIN") && a.worksFor(clinicId))
                .orElseThrow(StaffApiController::notFound);
    }

    private static ErrorResponseException notFound() {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing was found at this address."),
                null);
    }
}
