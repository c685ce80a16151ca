package org.ketapath.assessment.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers given so far, kept in the HTTP session (server side) so that back, refresh and a lost
 * connection never lose them, with or without JavaScript. Cleared once the result is made.
 */
final class AssessmentDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = AssessmentDraft.class.getName();

    private final Map<String, String> values = new LinkedHashMap<>();

    static AssessmentDraft of(HttpSession session) {
        Object draft = session.getAttribute(ATTRIBUTE);
        if (draft instanceof AssessmentDraft existing) {
            return existing;
        }
        AssessmentDraft created = new AssessmentDraft();
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    static void clear(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    @Nullable
    String get(String key) {
        return values.get(key);
    }

    void put(String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            values.remove(key);
        } else {
            values.put(key, value.trim());
        }
    }
}
