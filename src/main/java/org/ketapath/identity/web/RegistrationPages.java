package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.EmailVerifications;
import org.ketapath.identity.domain.FieldRejected;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.InputRejected;
import org.ketapath.identity.domain.Registration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Patient sign-up and the e-mail verification link. */
@Controller
class RegistrationPages {

    private final Registration registration;
    private final EmailVerifications verifications;
    private final Identities identities;
    private final WebSessions sessions;

    RegistrationPages(
            Registration registration, EmailVerifications verifications, Identities identities, WebSessions sessions) {
        this.registration = registration;
        this.verifications = verifications;
        this.identities = identities;
        this.sessions = sessions;
    }

    @GetMapping("/register")
    String form(
            @RequestParam(required = false) @Nullable String next,
            @RequestParam(required = false) @Nullable String assessment,
            Model model) {
        String kept = assessment != null && assessment.matches("[A-Za-z0-9_-]{1,100}") ? assessment : "";
        model.addAttribute("form", new Registration.SignUp("", "", "", "", "", "", "", kept));
        model.addAttribute("errors", Map.of());
        model.addAttribute("next", WebSessions.safeNext(next));
        return "identity/register";
    }

    @PostMapping("/register")
    String submit(
            @ModelAttribute("form") Registration.SignUp form,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("next", WebSessions.safeNext(next));
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            String target = WebSessions.safeNext(next);
            Registration.Registered registered = registration.registerPatient(form, target);
            // Nobody is signed in here, so the answer is the same whether the address was new or not; the
            // verification link signs the new account in when it is opened in this browser.
            if (registered.created()) {
                sessions.registered(request, registered.id());
            }
            return "redirect:" + (target == null ? "/register/check-email" : target);
        } catch (InputRejected rejected) {
            for (FieldRejected problem : rejected.problems()) {
                errors.putIfAbsent(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute(
                "form",
                new Registration.SignUp(
                        form.email(),
                        "",
                        form.givenName(),
                        form.familyName(),
                        form.birthDate(),
                        form.zip(),
                        form.phone(),
                        form.assessmentId()));
        model.addAttribute("errors", errors);
        response.setStatus(400);
        return "identity/register";
    }

    @GetMapping("/register/check-email")
    String checkEmail() {
        return "identity/check-email";
    }

    @GetMapping("/verify-email")
    String confirmForm(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(required = false) @Nullable String next,
            Model model) {
        model.addAttribute("token", token.length() > 100 ? "" : token);
        model.addAttribute("next", WebSessions.safeNext(next));
        return "identity/verify-email";
    }

    @PostMapping("/verify-email")
    String confirm(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> verified = verifications.verify(token);
        // Opened in the browser that signed up: that person chose the password a moment ago, so sign them in.
        verified.filter(id ->
                        sessions.registeredAccount(request).filter(id::equals).isPresent())
                .flatMap(identities::account)
                .ifPresent(account -> sessions.signIn(request, response, account));
        String back = WebSessions.safeNext(next);
        boolean signedIn = WebSessions.isSignedIn();
        if (verified.isPresent() && back != null && signedIn) {
            // Back to where the person was, e.g. the time held while they signed up.
            return "redirect:" + back;
        }
        model.addAttribute("verified", verified.isPresent());
        model.addAttribute("next", back);
        model.addAttribute("signedInNow", signedIn);
        if (verified.isEmpty()) {
            response.setStatus(400);
        }
        return "identity/verified";
    }
}
