package org.ketapath.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patient's outcomes as {@code GET /api/v1/patients/me/outcomes} gives them.
 *
 * @param firstSession the day (in the patient's time zone) of the first treatment session of the course; null
 *     before any, and then every window is null too
 * @param baseline the 28 days before the first session
 * @param windows follow-up days 1-28, 29-56 and 57-84 after the first session
 * @param responder50 whether migraine days in follow-up window 1 are at most half the baseline's; null unless
 *     both windows are valid and the baseline has migraine days
 * @param questionnaires repeated questionnaires scored, oldest first
 */
public record PatientOutcomes(
        @Nullable LocalDate firstSession,
        @Nullable OutcomeWindow baseline,
        List<OutcomeWindow> windows,
        @Nullable Boolean responder50,
        List<QuestionnaireScore> questionnaires) {

    /**
     * A scored questionnaire.
     *
     * @param instrument the instrument id (phq-9, gad-7, midas)
     * @param date the day it was answered
     * @param total its total
     * @param band its severity band in words
     */
    public record QuestionnaireScore(String instrument, LocalDate date, int total, String band) {}
}
