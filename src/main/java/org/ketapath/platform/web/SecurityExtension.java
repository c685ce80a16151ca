package org.ketapath.platform.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How a module (identity) adds its authentication and its role rules to the two security filter chains the
 * platform builds: one for the stateless JSON API under {@code /api/**}, one for pages. Rules added here come
 * before the platform's own (public routes open, everything else signed in), so they may only narrow.
 */
public interface SecurityExtension {

    /** Adds to the API chain (bearer tokens, role rules for {@code /api/**}). */
    default void api(HttpSecurity http) throws Exception {}

    /** Adds to the pages chain (sign-in, sign-out, session rules). */
    default void pages(HttpSecurity http) throws Exception {}
}
