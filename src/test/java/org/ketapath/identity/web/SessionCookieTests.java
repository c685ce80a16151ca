package org.ketapath.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The session cookie is Secure in deployments (external database) unless told otherwise, and not on localhost. */
class SessionCookieTests {

    @Test
    void secure_whenever_an_external_database_is_configured() {
        assertThat(IdentitySecurity.SessionCookie.secure(
                        new MockEnvironment().withProperty("ketapath.db.url", "jdbc:postgresql://db/ketapath")))
                .isTrue();
    }

    @Test
    void not_secure_for_the_embedded_default_on_plain_http() {
        assertThat(IdentitySecurity.SessionCookie.secure(new MockEnvironment())).isFalse();
    }

    @Test
    void the_explicit_setting_wins_either_way() {
        assertThat(IdentitySecurity.SessionCookie.secure(
                        new MockEnvironment().withProperty("ketapath.identity.secure-cookies", "true")))
                .isTrue();
        assertThat(IdentitySecurity.SessionCookie.secure(new MockEnvironment()
                        .withProperty("ketapath.db.url", "jdbc:postgresql://db/ketapath")
                        .withProperty("ketapath.identity.secure-cookies", "false")))
                .isFalse();
    }
}
