package org.ketapath.workspace.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.identity.Role;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic's staff for its admins: invite by e-mail, withdraw an invitation, remove someone. */
@Controller
class StaffPages {

    private final ClinicStaff staff;

    StaffPages(ClinicStaff staff) {
        this.staff = staff;
    }

    @GetMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/staff")
    String list(@PathVariable UUID clinicId, Model model) {
        CurrentAccount admin = adminOf(clinicId);
        return page(clinicId, admin, "", "CLINICIAN", Map.of(), model);
    }

    @PostMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/staff/invitations")
    String invite(
            @PathVariable UUID clinicId,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "CLINICIAN") String role,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        CurrentAccount admin = adminOf(clinicId);
        Role chosen = "CLINIC_ADMIN".equals(role) ? Role.CLINIC_ADMIN : Role.CLINICIAN;
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.isBlank()) {
            errors.put("email", "Enter the e-mail address to send the invitation to");
        } else {
            try {
                staff.invite(admin.id(), clinicId, email, chosen);
                redirect.addFlashAttribute(
                        "message", "Invitation sent to " + email.strip() + ". The link works for 7 days.");
                return "redirect:/clinic/" + clinicId + "/staff";
            } catch (ClinicStaff.Rejected rejected) {
                errors.put(
                        "email",
                        rejected.getMessage().startsWith("already")
                                ? "This person already works for your clinic"
                                : "Enter an e-mail address like name@clinic.com");
            }
        }
        response.setStatus(400);
        return page(clinicId, admin, email, chosen.name(), errors, model);
    }

    @PostMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/staff/invitations/{invitationId:" + StaffOnly.ID + "}/revoke")
    String revoke(@PathVariable UUID clinicId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
        adminOf(clinicId);
        redirect.addFlashAttribute(
                "message",
                staff.revokeInvitation(clinicId, invitationId)
                        ? "Invitation withdrawn: its link no longer works."
                        : "That invitation was already used or withdrawn.");
        return "redirect:/clinic/" + clinicId + "/staff";
    }

    @PostMapping("/clinic/{clinicId:" + StaffOnly.ID + "}/staff/{accountId:" + StaffOnly.ID + "}/remove")
    String remove(@PathVariable UUID clinicId, @PathVariable UUID accountId, RedirectAttributes redirect) {
        adminOf(clinicId);
        String message = switch (staff.remove(clinicId, accountId)) {
            case REMOVED -> "Removed. They were signed out everywhere at once.";
            case NOT_A_MEMBER -> "That person no longer works for your clinic.";
            case LAST_ADMIN -> "Your clinic needs at least one admin: invite another admin first.";
        };
        redirect.addFlashAttribute("message", message);
        return "redirect:/clinic/" + clinicId + "/staff";
    }

    private String page(
            UUID clinicId, CurrentAccount admin, String email, String role, Map<String, String> errors, Model model) {
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("me", admin.id());
        model.addAttribute(
                "members",
                staff.members(clinicId).stream()
                        .map(m -> new MemberRow(
                                m.accountId(),
                                m.email(),
                                m.role() == Role.CLINIC_ADMIN ? "Clinic admin" : "Clinician",
                                m.authenticatorEnrolled() ? "Set up" : "Not set up yet"))
                        .toList());
        model.addAttribute(
                "invitations",
                staff.pendingInvitations(clinicId).stream()
                        .map(i -> new InvitationRow(
                                i.id(),
                                i.email(),
                                i.role() == Role.CLINIC_ADMIN ? "Clinic admin" : "Clinician",
                                UsTimes.date(i.expiresAt(), java.time.ZoneId.of("America/New_York"))))
                        .toList());
        model.addAttribute("email", email);
        model.addAttribute("role", role);
        model.addAttribute("errors", errors);
        return "workspace/staff";
    }

    private static CurrentAccount adminOf(UUID clinicId) {
        CurrentAccount account = StaffOnly.of(clinicId);
        if (!account.hasRole("CLINIC_ADMIN")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return account;
    }

    record MemberRow(UUID id, String email, String role, String authenticator) {}

    record InvitationRow(UUID id, String email, String role, String expires) {}
}
