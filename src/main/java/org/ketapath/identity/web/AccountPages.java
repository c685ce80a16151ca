package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.domain.Consents;
import org.ketapath.identity.domain.EmailVerifications;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.Passwords;
import org.ketapath.identity.domain.PatientRecords;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** "My account": profile, e-mail verification, consents, access report, data export and account closure. */
@Controller
class AccountPages {

    private final Identities identities;
    private final PatientRecords records;
    private final Consents consents;
    private final EmailVerifications verifications;
    private final Passwords passwords;
    private final JsonMapper json;

    AccountPages(
            Identities identities,
            PatientRecords records,
            Consents consents,
            EmailVerifications verifications,
            Passwords passwords,
            JsonMapper json) {
        this.identities = identities;
        this.records = records;
        this.consents = consents;
        this.verifications = verifications;
        this.passwords = passwords;
        this.json = json;
    }

    @GetMapping("/account")
    String account(Authentication auth, HttpServletRequest request, Model model) {
        UUID id = Authorities.accountId(auth);
        model.addAttribute(
                "flags", java.util.Set.copyOf(request.getParameterMap().keySet()));
        CurrentUser user = identities.find(id).orElseThrow();
        model.addAttribute("user", user);
        if (user.isPatient()) {
            model.addAttribute("profile", records.own(id).orElse(null));
            model.addAttribute("consents", consents.of(id));
            model.addAttribute("scopes", Scope.values());
        }
        return "identity/account";
    }

    @PostMapping("/account/resend-verification")
    String resend(Authentication auth) {
        verifications.resend(Authorities.accountId(auth));
        return "redirect:/account?verification-sent";
    }

    @PostMapping("/account/consents")
    String grant(
            @RequestParam(defaultValue = "") String clinicId,
            @RequestParam(defaultValue = "") String scope,
            Authentication auth) {
        try {
            consents.grant(Authorities.accountId(auth), UUID.fromString(clinicId.strip()), Scope.valueOf(scope));
        } catch (IllegalArgumentException | org.ketapath.identity.domain.InputRejected e) {
            return "redirect:/account?consent-invalid#consents";
        }
        return "redirect:/account?consent-granted#consents";
    }

    @PostMapping("/account/consents/{consentId}/withdraw")
    String withdraw(@PathVariable String consentId, Authentication auth) {
        try {
            consents.withdraw(Authorities.accountId(auth), UUID.fromString(consentId));
        } catch (IllegalArgumentException e) {
            // an id that is not a UUID is simply not one of the patient's consents
        }
        return "redirect:/account?consent-withdrawn#consents";
    }

    @GetMapping("/account/access-report")
    String accessReport(Authentication auth, Model model) {
        model.addAttribute("accesses", records.accessReport(Authorities.accountId(auth)));
        return "identity/access-report";
    }

    @GetMapping("/account/export")
    ResponseEntity<String> export(Authentication auth) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ketapath-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(json.writeValueAsString(records.export(Authorities.accountId(auth))));
    }

    @PostMapping("/account/close")
    String close(
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) @Nullable String confirm,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UUID id = Authorities.accountId(auth);
        String hash = identities.account(id).map(a -> a.passwordHash()).orElse(null);
        if (confirm == null || !passwords.matches(password, hash)) {
            return "redirect:/account?close-failed#close";
        }
        records.close(id);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return "identity/closed";
    }
}
