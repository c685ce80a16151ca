package org.ketapath.workspace.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.SharedAssessment;
import org.ketapath.workspace.domain.PatientCharts;

/**
 * A shared intake as the pages show it: what needs attention first, then the outcome and reasons, the scores,
 * and the answers grouped by the section they were asked in.
 */
record IntakeView(
        UUID assessmentId,
        String takenAt,
        SharedAssessment assessment,
        boolean needsAttention,
        Map<String, List<SharedAssessment.Answer>> answersBySection,
        @Nullable String decision,
        @Nullable String note,
        boolean noteForPatient,
        @Nullable String reviewedAt) {

    static IntakeView of(PatientCharts.SharedIntake shared, ZoneId zone) {
        SharedAssessment a = shared.assessment();
        Map<String, List<SharedAssessment.Answer>> sections = new LinkedHashMap<>();
        for (SharedAssessment.Answer answer : a.answers()) {
            sections.computeIfAbsent(answer.section(), s -> new java.util.ArrayList<>())
                    .add(answer);
        }
        var review = shared.review();
        return new IntakeView(
                a.reference(),
                UsTimes.dateTime(a.takenAt(), zone),
                a,
                a.crisisSupport()
                        || a.urgentCare()
                        || !a.contraindications().isEmpty()
                        || !a.interactions().isEmpty(),
                sections,
                review == null ? null : review.decision().label(),
                review == null || review.note().isBlank() ? null : review.note(),
                review != null && review.noteForPatient(),
                review == null ? null : UsTimes.dateTime(review.reviewedAt(), zone));
    }
}
