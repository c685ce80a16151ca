package org.ketapath.platform.web;

import java.util.List;

/**
 * A module's statement of which of its routes anyone may use without signing in (Ant-style patterns such as
 * {@code /api/v1/instruments/**}). Each module declares its own as a bean; every other route requires a
 * signed-in user once accounts exist. Finer rules (whose record is this?) belong in the module's services.
 *
 * @param patterns the request path patterns open to anonymous users
 */
public record PublicRoutes(List<String> patterns) {

    public PublicRoutes {
        patterns = List.copyOf(patterns);
    }

    public static PublicRoutes of(String... patterns) {
        return new PublicRoutes(List.of(patterns));
    }
}
