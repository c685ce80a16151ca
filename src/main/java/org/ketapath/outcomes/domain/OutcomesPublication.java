package org.ketapath.outcomes.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.PublishedOutcomes;
import org.ketapath.identity.ConsentApi;
import org.ketapath.outcomes.ClinicOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published outcomes: a clinic opts in; the platform computes the 50% responder rate of migraine courses from the
 * diaries of patients who gave the separate consent to be counted, shows it once at least {@value #MIN_PATIENTS}
 * patients have a valid baseline and window 1, and never shows a group under {@value #MIN_CELL} patients (the CMS
 * cell-size suppression policy). Opting out after publishing leaves a dated note.
 */
@Service
public class OutcomesPublication implements PublishedOutcomes {

    /** Patients with both windows valid before anything is published. */
    public static final int MIN_PATIENTS = 20;

    /** The smallest group shown anywhere public. */
    public static final int MIN_CELL = 11;

    static final String NOT_PUBLISHED = "This clinic does not publish its outcomes on KetaPath.";
    static final String TOO_FEW = "Fewer than " + MIN_PATIENTS + " of this clinic's patients who agreed to be counted"
            + " have kept their headache diary for the 28 days before and after their first session, so no outcomes"
            + " are shown yet.";
    static final String SMALL_CELL = "No outcomes are shown while a group of patients would be smaller than " + MIN_CELL
            + ", to protect their privacy.";
    static final String WINDOW = "days 1-28 after the first session, against the 28 days before";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final JdbcClient jdbc;
    private final ClinicOutcomesService outcomes;
    private final ConsentApi consents;
    private final OutcomesClock clock;

    OutcomesPublication(JdbcClient jdbc, ClinicOutcomesService outcomes, ConsentApi consents, OutcomesClock clock) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * A clinic's publication choice.
     *
     * @param stoppedAt when it last stopped publishing, if it did
     */
    public record Choice(
            boolean published, Instant since, @Nullable Instant stoppedAt) {}

    /** The clinic's choice, if it ever made one. */
    @Transactional(readOnly = true)
    public Optional<Choice> choice(UUID clinicId) {
        return jdbc.sql("select published, since, stopped_at from outcomes_publication where clinic_id = :c")
                .param("c", clinicId)
                .query((rs, n) -> new Choice(
                        rs.getBoolean(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Opts the clinic in or out; opting out after publishing keeps the day it stopped. */
    @Transactional
    public Choice choose(UUID clinicId, boolean publish, UUID by) {
        Instant now = clock.now();
        Optional<Choice> before = choice(clinicId);
        if (before.isPresent() && before.get().published() == publish) {
            return before.get();
        }
        Instant stopped = publish ? null : (before.isPresent() && before.get().published() ? now : null);
        jdbc.sql("""
                        insert into outcomes_publication (clinic_id, published, since, stopped_at, changed_by)
                        values (:c, :p, :now, :stopped, :by)
                        on conflict (clinic_id) do update set published = excluded.published, since = excluded.since,
                            stopped_at = coalesce(excluded.stopped_at, case when excluded.published then null
                                                                             else outcomes_publication.stopped_at end),
                            changed_by = excluded.changed_by
                        """)
                .param("c", clinicId)
                .param("p", publish)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("stopped", stopped == null ? null : stopped.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
        return choice(clinicId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Published of(UUID clinicId) {
        Optional<Choice> choice = choice(clinicId);
        if (choice.isEmpty() || !choice.get().published()) {
            Instant stopped = choice.map(Choice::stoppedAt).orElse(null);
            return new Published(
                    null,
                    stopped == null
                            ? NOT_PUBLISHED
                            : "This clinic published its outcomes on KetaPath until "
                                    + DAY.format(stopped.atZone(ZoneId.of("America/New_York")))
                                    + ", when it chose to stop.");
        }
        ClinicOutcomes all = outcomes.compute(
                clinicId, patient -> consents.consents(patient, clinicId, ConsentApi.Scope.PUBLISHED_RESULTS));
        return new Published(figures(all).orElse(null), figures(all).isPresent() ? null : reason(all));
    }

    private static Optional<Figures> figures(ClinicOutcomes all) {
        return migraine(all)
                .filter(c -> c.responderDenominator() >= MIN_PATIENTS)
                .filter(c -> c.responders50() >= MIN_CELL && c.responderDenominator() - c.responders50() >= MIN_CELL)
                .map(c -> {
                    int incomplete = c.patientsSharingDiary() - c.patientsWithValidWindows();
                    return new Figures(
                            c.condition(),
                            c.responderDenominator(),
                            c.responders50(),
                            Wilson.rate(c.responders50(), c.responderDenominator()),
                            Wilson.ci95(c.responders50(), c.responderDenominator()),
                            incomplete > 0 && incomplete < MIN_CELL ? null : c.completionRate(),
                            WINDOW,
                            all.computedAt());
                });
    }

    private static String reason(ClinicOutcomes all) {
        return migraine(all)
                        .filter(c -> c.responderDenominator() >= MIN_PATIENTS)
                        .isEmpty()
                ? TOO_FEW
                : SMALL_CELL;
    }

    private static Optional<ClinicOutcomes.Condition> migraine(ClinicOutcomes all) {
        return all.conditions().stream()
                .filter(c -> c.condition().equals("MIGRAINE"))
                .findFirst();
    }
}
