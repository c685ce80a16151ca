package org.ketapath.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: the current path (to mark the current navigation link), {@code fmt}, the US date,
 * time and rating formats ({@link UsFormats}), and for clinic staff the clinic their navigation leads to.
 */
@ControllerAdvice
class LayoutModel {

    private final UsFormats formats;

    LayoutModel(UsFormats formats) {
        this.formats = formats;
    }

    private static final Pattern CLINIC_PATH = Pattern.compile("^/clinic/([0-9a-fA-F-]{36})(/.*)?$");

    /**
     * The staff navigation: the clinic its links lead to (the one in the address, else the only one the account
     * works for; null when it works for several and none is in the address).
     */
    public record StaffNav(@Nullable UUID clinicId, boolean admin) {}

    @ModelAttribute("staffNav")
    @Nullable
    StaffNav staffNav(HttpServletRequest request) {
        Optional<CurrentAccount> account =
                CurrentAccount.get().filter(a -> a.hasRole("CLINICIAN") || a.hasRole("CLINIC_ADMIN"));
        if (account.isEmpty()) {
            return null;
        }
        UUID clinic = null;
        Matcher matcher = CLINIC_PATH.matcher(currentPath(request));
        if (matcher.matches()) {
            try {
                UUID inPath = UUID.fromString(matcher.group(1));
                clinic = account.get().worksFor(inPath) ? inPath : null;
            } catch (IllegalArgumentException e) {
                clinic = null;
            }
        }
        if (clinic == null && account.get().clinics().size() == 1) {
            clinic = account.get().clinics().iterator().next();
        }
        return new StaffNav(clinic, account.get().hasRole("CLINIC_ADMIN"));
    }

    @ModelAttribute("fmt")
    UsFormats formats() {
        return formats;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getServletPath();
    }
}
