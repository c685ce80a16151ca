package org.ketapath.workspace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.workspace.domain.Decision;
import org.ketapath.workspace.domain.IntakeReviews;
import org.ketapath.workspace.domain.PatientCharts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic workspace's API: a patient's chart and the intakes patients share with their bookings, with their
 * review. Only staff of the clinic (reviews: its clinicians); a patient or intake the clinic may not see is not
 * found, exactly like one that does not exist.
 */
@RestController
class WorkspaceApiController {

    private final PatientCharts charts;
    private final IntakeReviews reviews;

    WorkspaceApiController(PatientCharts charts, IntakeReviews reviews) {
        this.charts = charts;
        this.reviews = reviews;
    }

    /**
     * A clinician's decision on an intake.
     *
     * @param decision PROCEED, NEEDS_INFORMATION or NOT_SUITABLE
     * @param note the clinician's note (optional, at most 2000 characters)
     * @param noteForPatient whether the patient may read the note (it stays with the clinic otherwise)
     */
    record ReviewRequest(
            @NotNull(message = "is required (PROCEED, NEEDS_INFORMATION or NOT_SUITABLE)") @Nullable
            Decision decision,

            @Size(max = 2000, message = "must have at most 2000 characters") @Nullable
            String note,

            @Nullable Boolean noteForPatient) {}

    @GetMapping("/api/v1/clinics/{clinicId}/patients/{patientId}/chart")
    ChartJson chart(@PathVariable UUID clinicId, @PathVariable UUID patientId) {
        CurrentAccount staff = staffOf(clinicId);
        return charts.chart(staff.id(), clinicId, patientId).map(ChartJson::of).orElseThrow(this::notFound);
    }

    @GetMapping("/api/v1/clinics/{clinicId}/intakes/{assessmentId}")
    ChartJson.Intake intake(@PathVariable UUID clinicId, @PathVariable UUID assessmentId) {
        CurrentAccount staff = staffOf(clinicId);
        return charts.intake(staff.id(), clinicId, assessmentId)
                .map(page -> ChartJson.Intake.of(page.intake()))
                .orElseThrow(this::notFound);
    }

    @PostMapping("/api/v1/clinics/{clinicId}/intakes/{assessmentId}/review")
    ResponseEntity<ChartJson.Review> review(
            @PathVariable UUID clinicId, @PathVariable UUID assessmentId, @Valid @RequestBody ReviewRequest body) {
        CurrentAccount clinician = staffOf(clinicId);
        String note = body.note() == null ? "" : body.note();
        IntakeReviews.Review review = reviews.review(
                        clinician.id(),
                        clinicId,
                        assessmentId,
                        java.util.Objects.requireNonNull(body.decision()),
                        note,
                        Boolean.TRUE.equals(body.noteForPatient()))
                .orElseThrow(this::notFound);
        return ResponseEntity.created(URI.create("/api/v1/clinics/" + clinicId + "/intakes/" + assessmentId))
                .body(ChartJson.Review.of(review));
    }

    private CurrentAccount staffOf(UUID clinicId) {
        return CurrentAccount.get().filter(a -> a.worksFor(clinicId)).orElseThrow(this::notFound);
    }

    private ErrorResponseException notFound() {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing was found at this address."),
                null);
    }
}
