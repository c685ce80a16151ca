package org.ketapath.assessment.domain;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assessment module.
 *
 * @param licensedContent per instrument id (such as {@code hit-6}): whether this deployment holds a licence
 *     to show its item texts, and the texts by item id ({@code
 *     ketapath.assessment.licensed-content.hit-6.texts.q1=...})
 * @param anonymousRetention how long a result without an account is kept (24 hours)
 * @param instruments where the instrument definitions are (a resource pattern)
 */
@ConfigurationProperties("ketapath.assessment")
public record AssessmentSettings(
        @DefaultValue Map<String, LicensedContent> licensedContent,
        @DefaultValue("24h") Duration anonymousRetention,

        @DefaultValue(AssessmentSettings.DEFAULT_INSTRUMENTS)
        String instruments) {

    public static final String DEFAULT_INSTRUMENTS = "classpath*:assessment/instruments/*.json";

    /** A deployment's licence to show an instrument's item texts, and the texts. */
    public record LicensedContent(boolean enabled, @Nullable Map<String, String> texts) {}
}
