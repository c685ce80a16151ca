package org.ketapath.outcomes.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The diary settings form: the time zone and the optional reminder time (empty: no reminder). */
record SettingsForm(
        @NotNull(message = "Choose a time zone") ZoneId timeZone,
        @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime reminder) {}
