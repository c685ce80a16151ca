package org.ketapath.workspace.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.identity.ConsentApi;
import org.ketapath.scheduling.ClinicVisits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic's patients for its staff: those who booked with it or share with it, found by name, each with their
 * next visit and where their intake review stands; filtered to those with a visit coming or an intake awaiting
 * review when asked.
 */
@Service
public class PatientList {

    /** At most this many patients are listed at once. */
    public static final int LIMIT = 100;

    private final ClinicPatients patients;
    private final ClinicVisits visits;
    private final ConsentApi consents;
    private final IntakeReviews reviews;
    private final WorkspaceClock clock;

    PatientList(
            ClinicPatients patients,
            ClinicVisits visits,
            ConsentApi consents,
            IntakeReviews reviews,
            WorkspaceClock clock) {
        this.patients = patients;
        this.visits = visits;
        this.consents = consents;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Which patients to list. */
    public enum Show {
        ALL,
        UPCOMING,
        AWAITING_REVIEW
    }

    /** Where a patient's intake review stands. */
    public enum ReviewStatus {
        NONE_SHARED("No intake shared"),
        AWAITING("Awaiting review"),
        PROCEED("Reviewed: proceed"),
        NEEDS_INFORMATION("Reviewed: needs more information"),
        NOT_SUITABLE("Reviewed: not suitable");

        private final String label;

        ReviewStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A line of the list. */
    public record Line(
            ClinicPatients.PatientCard patient,
            ClinicVisits.@Nullable Visit nextVisit,
            ReviewStatus review,
            @Nullable UUID awaitingAssessment) {}

    @Transactional(readOnly = true)
    public List<Line> search(UUID staffId, UUID clinicId, String name, Show show) {
        Instant now = clock.now();
        List<Line> lines = new ArrayList<>();
        for (ClinicPatients.PatientCard card : patients.search(staffId, clinicId, name, LIMIT)) {
            List<ClinicVisits.Visit> theirs = visits.ofPatient(clinicId, card.id());
            ClinicVisits.Visit next = theirs.stream()
                    .filter(v -> v.isOpen() && v.end().isAfter(now))
                    .findFirst()
                    .orElse(null);
            boolean shares = consents.mayAccess(staffId, clinicId, card.id(), ConsentApi.Scope.ASSESSMENT_RESULTS);
            List<UUID> references = theirs.stream()
                    .map(ClinicVisits.Visit::assessmentId)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            Map<UUID, IntakeReviews.Review> decided = reviews.latest(clinicId, references);
            ReviewStatus status = ReviewStatus.NONE_SHARED;
            UUID awaiting = null;
            if (shares && !references.isEmpty()) {
                awaiting = references.stream()
                        .filter(r -> !decided.containsKey(r))
                        .reduce((first, second) -> second)
                        .orElse(null);
                status = awaiting != null
                        ? ReviewStatus.AWAITING
                        : ReviewStatus.valueOf(decided.get(references.get(references.size() - 1))
                                .decision()
                                .name());
            }
            Line line = new Line(card, next, status, awaiting);
            if (show == Show.ALL
                    || (show == Show.UPCOMING && next != null)
                    || (show == Show.AWAITING_REVIEW && status == ReviewStatus.AWAITING)) {
                lines.add(line);
            }
        }
        return lines;
    }
}
