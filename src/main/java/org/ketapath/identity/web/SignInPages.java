package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.domain.Account;
import org.ketapath.identity.domain.Identities;
import org.ketapath.identity.domain.Mfa;
import org.ketapath.identity.domain.SignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Web sign-in: e-mail and password, then for staff a TOTP code (or enrolment on first sign-in). */
@Controller
class SignInPages {

    private final SignIn signIn;
    private final Mfa mfa;
    private final Identities identities;
    private final WebSessions sessions;

    SignInPages(SignIn signIn, Mfa mfa, Identities identities, WebSessions sessions) {
        this.signIn = signIn;
        this.mfa = mfa;
        this.identities = identities;
        this.sessions = sessions;
    }

    @GetMapping("/sign-in")
    String form(@RequestParam(required = false) @Nullable String next, HttpServletRequest request, Model model) {
        model.addAttribute("signedOut", request.getParameterMap().containsKey("signed-out"));
        model.addAttribute("next", WebSessions.safeNext(next));
        return "identity/sign-in";
    }

    @PostMapping("/sign-in")
    String submit(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) @Nullable String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignIn.Outcome outcome = signIn.password(email, password, request.getRemoteAddr());
        model.addAttribute("next", WebSessions.safeNext(next));
        model.addAttribute("email", email.length() > 320 ? "" : email);
        if (outcome instanceof SignIn.SignedIn signedIn) {
            sessions.signIn(request, response, signedIn.account());
            String target = WebSessions.safeNext(next);
            return "redirect:" + (target == null ? landing(signedIn.account()) : target);
        }
        if (outcome instanceof SignIn.SecondFactorRequired required) {
            sessions.pending(request, required.account());
            return "redirect:/sign-in/otp";
        }
        if (outcome instanceof SignIn.EnrolmentRequired required) {
            sessions.pending(request, required.account());
            return "redirect:/sign-in/enrol";
        }
        return failed(outcome, response, model, "identity/sign-in");
    }

    @GetMapping("/sign-in/otp")
    String otpForm(HttpServletRequest request) {
        return sessions.pendingAccount(request).isPresent() ? "identity/otp" : "redirect:/sign-in";
    }

    @PostMapping("/sign-in/otp")
    String otp(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> pending = sessions.pendingAccount(request);
        if (pending.isEmpty()) {
            return "redirect:/sign-in";
        }
        SignIn.Outcome outcome = signIn.secondFactor(pending.get(), code, request.getRemoteAddr());
        if (outcome instanceof SignIn.SignedIn signedIn) {
            sessions.signIn(request, response, signedIn.account());
            return "redirect:" + landing(signedIn.account());
        }
        return failed(outcome, response, model, "identity/otp");
    }

    @GetMapping("/sign-in/enrol")
    String enrolForm(HttpServletRequest request, Model model) {
        Optional<Account> account = sessions.pendingAccount(request).flatMap(identities::account);
        if (account.isEmpty() || account.get().mfaEnrolled()) {
            return "redirect:/sign-in";
        }
        model.addAttribute("enrolment", mfa.start(account.get().id()));
        return "identity/enrol";
    }

    @PostMapping("/sign-in/enrol")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Account> account = sessions.pendingAccount(request).flatMap(identities::account);
        if (account.isEmpty() || account.get().mfaEnrolled()) {
            return "redirect:/sign-in";
        }
        Optional<List<String>> codes = mfa.confirm(account.get().id(), code);
        if (codes.isEmpty()) {
            Account current = account.get();
            model.addAttribute("enrolment", Mfa.enrolment(current.email(), String.valueOf(current.totpSecret())));
            model.addAttribute("error", "That code is not correct. Check the time on your device and try again.");
            response.setStatus(400);
            return "identity/enrol";
        }
        signIn.enrolled(account.get());
        sessions.signIn(request, response, account.get());
        model.addAttribute("codes", codes.get());
        model.addAttribute("continueTo", landing(account.get()));
        return "identity/recovery-codes";
    }

    /** Where an account lands after signing in: staff in their clinic, admins at the verification queue. */
    static String landing(Account account) {
        if (account.role().isClinicStaff()) {
            return "/clinic";
        }
        return account.role() == org.ketapath.identity.Role.PLATFORM_ADMIN ? "/admin/verification" : "/account";
    }

    private static String failed(SignIn.Outcome outcome, HttpServletResponse response, Model model, String view) {
        if (outcome instanceof SignIn.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            model.addAttribute(
                    "error",
                    "Too many failed attempts. Please wait "
                            + (seconds >= 120 ? seconds / 60 + " minutes" : seconds + " seconds") + " and try again.");
        } else {
            response.setStatus(401);
            model.addAttribute("error", "The e-mail address or password is not correct.");
            if (view.equals("identity/otp")) {
                model.addAttribute("error", "That code is not correct.");
            }
        }
        return view;
    }
}
