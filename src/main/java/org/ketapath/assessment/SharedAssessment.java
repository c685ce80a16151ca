package org.ketapath.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment result as a patient shared it with a clinic, for the clinic's clinicians: what needs attention
 * first (crisis, urgent care, contraindications, interacting medicines), the outcome and its reasons, then the
 * scores and the answers as given, all in words.
 *
 * @param reference the reference the patient's booking carries (the appointment's {@code assessmentId})
 * @param takenAt when the assessment was taken
 * @param condition the condition, in words
 * @param outcome LIKELY_CANDIDATE, CLINICIAN_REVIEW or NOT_SUITABLE_NOW
 * @param outcomeInWords the outcome as the patient read it
 * @param crisisSupport self-harm thoughts were reported
 * @param urgentCare headache warning signs that need emergency care were reported
 * @param contraindications the safety questions answered "yes", in words
 * @param reasons why the outcome is what it is, each with its source
 * @param interactions medicines the patient takes that interact with ketamine
 * @param scores the questionnaires' totals and bands
 * @param answers every answer as given, question by question
 */
public record SharedAssessment(
        UUID reference,
        Instant takenAt,
        String condition,
        String outcome,
        String outcomeInWords,
        boolean crisisSupport,
        boolean urgentCare,
        List<String> contraindications,
        List<Reason> reasons,
        List<Interaction> interactions,
        List<Score> scores,
        List<Answer> answers) {

    public SharedAssessment {
        contraindications = List.copyOf(contraindications);
        reasons = List.copyOf(reasons);
        interactions = List.copyOf(interactions);
        scores = List.copyOf(scores);
        answers = List.copyOf(answers);
    }

    /** A reason for the outcome and its source. */
    public record Reason(String text, String source) {}

    /** A medicine to weigh, its class in words and why. */
    public record Interaction(String medication, String drugClass, String effect) {}

    /** A questionnaire's total and band, with the flags it raised (in words). */
    public record Score(String instrument, int total, String band, List<String> flags) {}

    /** One answer as given: the section it was asked in, the question and the answer, in words. */
    public record Answer(String section, String question, String answer) {}

    @Override
    public String toString() {
        return "SharedAssessment[" + reference + "]";
    }
}
