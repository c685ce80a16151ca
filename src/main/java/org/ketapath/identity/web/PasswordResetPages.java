package org.ketapath.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.ketapath.identity.domain.FieldRejected;
import org.ketapath.identity.domain.PasswordResets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgot your password?": ask for a link, then choose a new password with it. */
@Controller
class PasswordResetPages {

    static final Map<String, String> LABELS = Map.of("email", "E-mail address", "password", "New password");

    private final PasswordResets resets;

    PasswordResetPages(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", Map.of());
        model.addAttribute("labels", LABELS);
        model.addAttribute("sent", false);
        return "identity/password-reset";
    }

    @PostMapping("/password-reset")
    String request(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String typed = email.strip().length() > 320 ? "" : email.strip();
        model.addAttribute("email", typed);
        model.addAttribute("labels", LABELS);
        model.addAttribute("sent", false);
        if (typed.isEmpty()) {
            model.addAttribute("errors", Map.of("email", "is required"));
            response.setStatus(400);
            return "identity/password-reset";
        }
        model.addAttribute("errors", Map.of());
        Optional<Duration> wait = resets.request(typed, request.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.setStatus(429);
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            model.addAttribute(
                    "throttled",
                    "Too many requests from this connection. Please wait " + minutes
                            + (minutes == 1 ? " minute" : " minutes") + " and try again.");
            return "identity/password-reset";
        }
        model.addAttribute("sent", true);
        return "identity/password-reset";
    }

    @GetMapping("/password-reset/confirm")
    String confirmForm(@RequestParam(defaultValue = "") String token, Model model) {
        boolean usable = resets.usable(token);
        model.addAttribute("token", usable ? token : "");
        model.addAttribute("usable", usable);
        model.addAttribute("done", false);
        model.addAttribute("errors", Map.of());
        model.addAttribute("labels", LABELS);
        return "identity/password-reset-confirm";
    }

    @PostMapping("/password-reset/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("labels", LABELS);
        model.addAttribute("errors", Map.of());
        model.addAttribute("token", token.length() > 100 ? "" : token);
        try {
            resets.confirm(token, password);
            model.addAttribute("usable", false);
            model.addAttribute("done", true);
        } catch (FieldRejected rejected) {
            boolean tokenProblem = rejected.field().equals("token");
            model.addAttribute("usable", !tokenProblem);
            model.addAttribute("done", false);
            if (!tokenProblem) {
                model.addAttribute("errors", Map.of("password", rejected.getMessage()));
            }
            response.setStatus(400);
        }
        return "identity/password-reset-confirm";
    }
}
