package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditReports;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.identity.ConsentApi.Scope;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.domain.AccountChanges;
import org.ketapath.identity.domain.Consent;
import org.ketapath.identity.domain.Consents;
import org.ketapath.identity.domain.EmailVerifications;
import org.ketapath.identity.domain.FieldRejected;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.identity.domain.Passwords;
import org.ketapath.identity.domain.PatientRecords;
import org.ketapath.identity.domain.PhoneNumbers;
import org.ketapath.platform.web.UsFormats;
import org.ketapath.scheduling.SchedulingApi;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
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
    private final AccountChanges changes;
    private final SchedulingApi scheduling;
    private final ClinicDirectory clinics;
    private final ZipCentroids zips;
    private final UsFormats formats;

    AccountPages(
            Identities identities,
            PatientRecords records,
            Consents consents,
            EmailVerifications verifications,
            Passwords passwords,
            JsonMapper json,
            AccountChanges changes,
            SchedulingApi scheduling,
            ClinicDirectory clinics,
            ZipCentroids zips,
            UsFormats formats) {
        this.identities = identities;
        this.records = records;
        this.consents = consents;
        this.verifications = verifications;
        this.passwords = passwords;
        this.json = json;
        this.changes = changes;
        this.scheduling = scheduling;
        this.clinics = clinics;
        this.zips = zips;
        this.formats = formats;
    }

    /** Field names as the account page labels them, for the error summary. */
    static final Map<String, String> LABELS = Map.of(
            "givenName", "Given name",
            "familyName", "Family name",
            "phone", "Phone",
            "zip", "ZIP code",
            "currentPassword", "Current password",
            "newPassword", "New password",
            "email", "New e-mail address",
            "password", "Your password",
            "clinicId", "Clinic");

    @GetMapping("/account")
    String account(Authentication auth, HttpServletRequest request, Model model) {
        model.addAttribute("flags", Set.copyOf(request.getParameterMap().keySet()));
        return page(Authorities.accountId(auth), model, Map.of(), null);
    }

    /** The account page, with the errors of one of its forms ({@code form} names which) when there are some. */
    private String page(UUID id, Model model, Map<String, String> errors, @Nullable Map<String, String> typed) {
        if (!model.containsAttribute("flags")) {
            model.addAttribute("flags", Set.of());
        }
        CurrentUser user = identities.find(id).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", LABELS);
        if (user.isPatient()) {
            PatientRecords.Profile profile = records.own(id).orElse(null);
            model.addAttribute("profile", profile);
            Map<String, String> values = new HashMap<>();
            if (profile != null) {
                values.put("givenName", profile.details().givenName());
                values.put("familyName", profile.details().familyName());
                values.put("zip", profile.details().zip());
                String phone = profile.details().phone();
                values.put("phone", phone == null ? "" : PhoneNumbers.display(phone));
                model.addAttribute("phoneDisplay", phone == null ? null : PhoneNumbers.display(phone));
            }
            if (typed != null) {
                values.putAll(typed);
            }
            model.addAttribute("values", values);
            List<Consent> list = consents.of(id);
            List<UUID> booked = scheduling.clinicsOfPatient(id);
            Set<UUID> named = new LinkedHashSet<>(booked);
            list.forEach(c -> named.add(c.clinicId()));
            Map<UUID, String> names = clinics.namesOf(named);
            model.addAttribute("consents", list);
            model.addAttribute("clinicNames", names);
            model.addAttribute(
                    "bookedClinics",
                    booked.stream()
                            .filter(names::containsKey)
                            .map(c -> new ClinicChoice(c, names.get(c)))
                            .toList());
            model.addAttribute("zone", zone(profile));
            model.addAttribute("scopes", Scope.values());
        } else {
            Map<UUID, String> names = clinics.namesOf(user.clinicIds());
            model.addAttribute(
                    "staffClinics",
                    user.clinicIds().stream()
                            .sorted()
                            .map(c -> new ClinicChoice(c, names.getOrDefault(c, "A clinic")))
                            .toList());
        }
        return "identity/account";
    }

    /** A clinic the patient can choose to share with, by name. */
    record ClinicChoice(UUID id, String name) {}

    /** The patient's zone for times on their pages: their ZIP code's state's, else Eastern. */
    private ZoneId zone(PatientRecords.@Nullable Profile profile) {
        if (profile == null) {
            return ZoneId.of("America/New_York");
        }
        return zips.find(ZipCode.parse(profile.details().zip()))
                .map(c -> c.state().mainZone())
                .orElse(ZoneId.of("America/New_York"));
    }

    @PostMapping("/account/details")
    String details(
            @RequestParam(required = false) @Nullable String givenName,
            @RequestParam(required = false) @Nullable String familyName,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String zip,
            Authentication auth,
            HttpServletResponse response,
            Model model) {
        UUID id = Authorities.accountId(auth);
        try {
            changes.changeDetails(
                    id, new AccountChanges.DetailsChange(givenName, familyName, phone == null ? "" : phone, zip));
        } catch (InputRejected rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.problems().forEach(p -> errors.putIfAbsent(p.field(), p.getMessage()));
            Map<String, String> typed = new HashMap<>();
            typed.put("givenName", givenName == null ? "" : givenName);
            typed.put("familyName", familyName == null ? "" : familyName);
            typed.put("phone", phone == null ? "" : phone);
            typed.put("zip", zip == null ? "" : zip);
            response.setStatus(400);
            return page(id, model, errors, typed);
        }
        return "redirect:/account?details-saved#details";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            Authentication auth,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UUID id = Authorities.accountId(auth);
        try {
            var session = request.getSession(false);
            changes.changePassword(id, currentPassword, newPassword, session == null ? null : session.getId());
        } catch (FieldRejected rejected) {
            response.setStatus(400);
            return page(id, model, Map.of(rejected.field(), rejected.getMessage()), null);
        }
        return "redirect:/account?password-changed#password";
    }

    @PostMapping("/account/email")
    String email(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            Authentication auth,
            HttpServletResponse response,
            Model model) {
        UUID id = Authorities.accountId(auth);
        try {
            if (email.isBlank()) {
                throw new FieldRejected("email", "is required");
            }
            changes.requestEmailChange(id, password, email);
        } catch (FieldRejected rejected) {
            response.setStatus(400);
            return page(id, model, Map.of(rejected.field(), rejected.getMessage()), Map.of("email", email));
        }
        model.addAttribute("flags", Set.of("email-sent"));
        model.addAttribute("sentTo", email.strip());
        return page(id, model, Map.of(), null);
    }

    @GetMapping("/account/email/confirm")
    String emailConfirmForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > 100 ? "" : token);
        model.addAttribute("state", "ask");
        return "identity/email-change";
    }

    @PostMapping("/account/email/confirm")
    String emailConfirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        boolean changed = changes.confirmEmailChange(token).isPresent();
        model.addAttribute("token", "");
        model.addAttribute("state", changed ? "done" : "failed");
        if (!changed) {
            response.setStatus(400);
        }
        return "identity/email-change";
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
            Authentication auth,
            HttpServletResponse response,
            Model model) {
        UUID id = Authorities.accountId(auth);
        try {
            UUID clinic = UUID.fromString(clinicId.strip());
            if (!scheduling.clinicsOfPatient(id).contains(clinic)) {
                throw new IllegalArgumentException("not a clinic the patient booked with");
            }
            consents.grant(id, clinic, Scope.valueOf(scope));
        } catch (IllegalArgumentException | InputRejected e) {
            response.setStatus(400);
            return page(id, model, Map.of("clinicId", "must be one of the clinics you booked with"), null);
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
        UUID id = Authorities.accountId(auth);
        List<AuditReports.Access> accesses = records.accessReport(id);
        Set<UUID> clinicIds = new LinkedHashSet<>();
        accesses.forEach(a -> {
            if (a.clinicId() != null) {
                clinicIds.add(a.clinicId());
            }
        });
        ZoneId zone = zone(records.own(id).orElse(null));
        model.addAttribute("zoneName", formats.zoneName(zone.getId()));
        model.addAttribute("sentences", AccessSentences.of(accesses, id, clinics.namesOf(clinicIds), zone, formats));
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
