package org.ketapath.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules (the clinic workspace) may ask of outcomes. */
public interface OutcomesApi {

    /**
     * PHQ-9 answers of the last 30 days at this clinic whose item 9 (thoughts of self-harm) was above 0, newest
     * first, for the clinic's home page; the caller has checked that the reader works for the clinic. Audited.
     */
    List<SelfHarmAnswer> selfHarmAnswers(UUID clinicId);

    /**
     * The questionnaires the patient is asked to answer now, over all their courses (for the patient's home page).
     * Only the patient's own: the caller passes the signed-in patient's id.
     */
    List<DueQuestionnaire> dueQuestionnaires(UUID patientId);

    /**
     * A questionnaire due now.
     *
     * @param instrument the path name of its page ({@code /questionnaires/{instrument}})
     * @param title its short title ("PHQ-9")
     * @param when when in the course it is asked, in words ("before your first session")
     */
    record DueQuestionnaire(String instrument, String title, LocalDate due, String when) {}

    /**
     * A PHQ-9 answered with item 9 above 0.
     *
     * @param answeredOn the day, in the patient's time zone
     * @param at when it was saved
     */
    record SelfHarmAnswer(UUID patientId, LocalDate answeredOn, Instant at, int item9) {}

    /**
     * The patient's outcomes for their course at the clinic, for the clinic's chart: present only when the patient
     * shares their diary with the clinic and the reader works for it (audited either way).
     */
    Optional<PatientOutcomes> forClinic(UUID staffId, UUID clinicId, UUID patientId);
}
