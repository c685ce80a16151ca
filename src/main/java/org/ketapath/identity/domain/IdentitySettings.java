package org.ketapath.identity.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module ({@code ketapath.identity.*}).
 *
 * @param baseUrl the public address of the site, for links in e-mail (default http://localhost:8080)
 * @param tokenLifetime how long an API bearer token is valid (default 1 hour)
 * @param verificationLifetime how long an e-mail verification link is valid (default 24 hours)
 * @param sessionAbsoluteLifetime the longest a web session lives, however active (default 12 hours)
 * @param throttleFreeFailures failed sign-ins allowed per account or address before back-off (default 5)
 * @param throttleMaxBlock the longest back-off (default 15 minutes)
 */
@ConfigurationProperties("ketapath.identity")
public record IdentitySettings(
        @Nullable String baseUrl,
        @Nullable Duration tokenLifetime,
        @Nullable Duration verificationLifetime,
        @Nullable Duration sessionAbsoluteLifetime,
        @Nullable Integer throttleFreeFailures,
        @Nullable Duration throttleMaxBlock) {

    public String link(String path) {
        String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl;
        return base.replaceAll("/+$", "") + path;
    }

    public Duration tokens() {
        return tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
    }

    public Duration verification() {
        return verificationLifetime == null ? Duration.ofHours(24) : verificationLifetime;
    }

    public Duration absoluteSession() {
        return sessionAbsoluteLifetime == null ? Duration.ofHours(12) : sessionAbsoluteLifetime;
    }

    public int freeFailures() {
        return throttleFreeFailures == null ? 5 : throttleFreeFailures;
    }

    public Duration maxBlock() {
        return throttleMaxBlock == null ? Duration.ofMinutes(15) : throttleMaxBlock;
    }
}
