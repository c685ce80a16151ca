package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.StaffInvitations;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Accepting an invitation to a clinic's staff: a new person chooses a password and goes straight on to set up
 * their authenticator app; someone who already has a staff account signs in and joins with one click. A link that
 * was used, revoked or has expired says so.
 */
@Controller
class InvitationPages {

    private final StaffInvitations invitations;
    private final WebSessions sessions;
    private final Identities identities;

    InvitationPages(StaffInvitations invitations, WebSessions sessions, Identities identities) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.identities = identities;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<StaffInvitations.Pending> pending = invitations.pending(token);
        if (pending.isEmpty()) {
            response.setStatus(404);
            return "identity/invitation-invalid";
        }
        model.addAttribute("invitation", pending.get());
        model.addAttribute("token", token);
        model.addAttribute(
                "role", pending.get().role() == org.ketapath.identity.Role.CLINIC_ADMIN ? "clinic admin" : "clinician");
        Optional<org.ketapath.identity.Role> existing =
                invitations.roleOfAccount(pending.get().email());
        if (existing.isEmpty()) {
            return "identity/invitation";
        }
        model.addAttribute("existing", existing.get().isClinicStaff() ? "staff" : "other");
        Optional<UUID> signedIn = CurrentAccount.get().map(CurrentAccount::id);
        model.addAttribute(
                "signedInAsInvitee",
                signedIn.flatMap(identities::account)
                        .map(a -> a.email().equalsIgnoreCase(pending.get().email()))
                        .orElse(false));
        return "identity/invitation-existing";
    }

    @PostMapping("/invitations/{token}")
    String accept(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<StaffInvitations.Pending> pending = invitations.pending(token);
        if (pending.isEmpty()) {
            response.setStatus(404);
            return "identity/invitation-invalid";
        }
        model.addAttribute("invitation", pending.get());
        model.addAttribute("token", token);
        model.addAttribute(
                "role", pending.get().role() == org.ketapath.identity.Role.CLINIC_ADMIN ? "clinic admin" : "clinician");
        if (!password.equals(confirm)) {
            return invalid(response, model, "confirm", "The two passwords are not the same.");
        }
        try {
            Optional<UUID> account = invitations.acceptWithNewAccount(token, password);
            if (account.isEmpty()) {
                response.setStatus(404);
                return "identity/invitation-invalid";
            }
            identities.account(account.get()).ifPresent(a -> sessions.pending(request, a));
            return "redirect:/sign-in/enrol";
        } catch (ClinicStaff.Rejected rejected) {
            String field = rejected.field().equals("password") ? "password" : "email";
            String message = field.equals("password")
                    ? "The password " + rejected.getMessage() + "."
                    : "This e-mail address already has a KetaPath account: sign in with it and open the link again.";
            return invalid(response, model, field, message);
        }
    }

    @PostMapping("/invitations/{token}/join")
    String join(@PathVariable String token, HttpServletResponse response) {
        Optional<UUID> signedIn = CurrentAccount.get().map(CurrentAccount::id);
        Optional<StaffInvitations.Pending> pending = invitations.pending(token);
        if (signedIn.isEmpty() || pending.isEmpty() || !invitations.acceptAsMember(token, signedIn.get())) {
            response.setStatus(404);
            return "identity/invitation-invalid";
        }
        return "redirect:/clinic/" + pending.get().clinicId();
    }

    private static String invalid(HttpServletResponse response, Model model, String field, String message) {
        response.setStatus(400);
        model.addAttribute("errorField", field);
        model.addAttribute("error", message);
        return "identity/invitation";
    }
}
