package org.ketapath.identity.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a person may be sent back to after signing in, signing up or confirming the e-mail address: a path on
 * this site only. It must start with a single {@code /}; no {@code //} anywhere, no scheme, no backslash, no
 * query, no encoded characters. Anything else is ignored, so no link can send a person to another site.
 */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_-]{0,100}");

    private LocalPath() {}

    /** The path if it is a safe local path, else null. */
    public static @Nullable String safe(@Nullable String next) {
        return next != null && SAFE.matcher(next).matches() && !next.contains("//") ? next : null;
    }
}
