package org.ketapath.platform.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The JSON API lives under {@code /api/}; everything else is pages for people. */
final class ApiPaths {

    private ApiPaths() {}

    static boolean isApi(@Nullable String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /**
     * The request path as a problem's {@code instance}, or none when it is not a plain path. Paths are
     * reflected only when they hold nothing but path characters, so an error body never echoes markup.
     */
    static @Nullable URI safeInstance(@Nullable String path) {
        if (path == null || path.length() > 200 || !path.matches("[A-Za-z0-9/._~-]*")) {
            return null;
        }
        return URI.create(path);
    }
}
