package org.ketapath.assessment.web;

import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's time zone, as their browser reports it in a hidden form field (filled by js/timezone.js), kept in
 * the session so the result page can show times in it. Anything that is not a region zone id is ignored.
 */
final class VisitorZone {

    private static final String KEY = "assessment.visitorZone";

    private VisitorZone() {}

    static Optional<ZoneId> parse(@Nullable String id) {
        if (id == null || id.length() > 64 || !id.matches("[A-Za-z][A-Za-z0-9_+/-]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static void remember(HttpSession session, ZoneId zone) {
        session.setAttribute(KEY, zone.getId());
    }

    static Optional<ZoneId> of(HttpSession session) {
        return session.getAttribute(KEY) instanceof String id ? parse(id) : Optional.empty();
    }
}
