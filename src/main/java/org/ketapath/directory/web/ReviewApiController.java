package org.ketapath.directory.web;

import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Patients review, clinics reply, platform admins moderate. */
@RestController
class ReviewApiController {

    record NewReview(
            @Nullable UUID appointmentId,
            int rating,
            @Nullable String text) {}

    record Reply(@Nullable String text) {}

    record Moderation(String status, @Nullable String note) {}

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/v1/providers/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> review(@PathVariable UUID id, @RequestBody NewReview review, @Nullable Principal principal) {
        UUID patient = DirectoryApiErrors.accountOf(principal);
        UUID reviewId = reviews.submit(
                patient, id, review.appointmentId(), review.rating(), review.text() == null ? "" : review.text());
        return Map.of("id", reviewId);
    }

    @PostMapping("/api/v1/clinics/{clinicId}/reviews/{reviewId}/reply")
    void reply(@PathVariable UUID clinicId, @PathVariable UUID reviewId, @RequestBody Reply reply) {
        if (!reviews.reply(clinicId, reviewId, reply.text() == null ? "" : reply.text())) {
            throw VerificationApiController.notFound();
        }
    }

    @PostMapping("/api/v1/admin/reviews/{reviewId}/moderation")
    void moderate(@PathVariable UUID reviewId, @RequestBody Moderation moderation, @Nullable Principal principal) {
        if (!reviews.moderate(
                reviewId,
                String.valueOf(moderation.status()),
                moderation.note(),
                DirectoryApiErrors.nameOf(principal))) {
            throw VerificationApiController.notFound();
        }
    }
}
