package org.ketapath.directory.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.InvalidDirectoryInput;
import org.ketapath.directory.domain.VerificationService;
import org.ketapath.shared.PlausibleDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's verification queue as a page (method security in VerificationService). */
@Controller
class VerificationPageController {

    private final VerificationService verification;

    VerificationPageController(VerificationService verification) {
        this.verification = verification;
    }

    @GetMapping("/admin/verification")
    String queue(Model model) {
        model.addAttribute("queue", verification.queue());
        return "directory/verification";
    }

    @PostMapping("/admin/verification/clinics/{id}")
    String decideClinic(
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam(required = false) @Nullable String evidenceNote,
            Principal principal,
            RedirectAttributes redirect) {
        boolean done = verification.decideClinic(id, decision, blankToNull(evidenceNote), principal.getName());
        redirect.addFlashAttribute("message", done ? "Decision recorded." : "That clinic no longer exists.");
        return "redirect:/admin/verification";
    }

    @PostMapping("/admin/verification/licences/{id}")
    String decideLicence(
            @PathVariable UUID id,
            @RequestParam String decision,
            @RequestParam(required = false) @Nullable String evidenceNote,
            @RequestParam(required = false) @Nullable String expiresOn,
            Principal principal,
            RedirectAttributes redirect) {
        String message;
        try {
            LocalDate expiry = expiresOn == null || expiresOn.isBlank() ? null : LocalDate.parse(expiresOn);
            boolean done =
                    verification.decideLicence(id, decision, blankToNull(evidenceNote), expiry, principal.getName());
            message = done ? "Decision recorded." : "That licence no longer exists.";
        } catch (DateTimeParseException | InvalidDirectoryInput e) {
            message = "Not recorded: a verified licence needs a valid expiry date (YYYY-MM-DD, years "
                    + PlausibleDates.MIN_YEAR + " to " + PlausibleDates.MAX_YEAR + ").";
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/admin/verification";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
