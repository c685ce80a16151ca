package org.ketapath.directory.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.domain.VerificationQueue;
import org.ketapath.directory.domain.VerificationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform admin's verification queue and decisions (method security in VerificationService). */
@RestController
@RequestMapping("/api/v1/admin/verification")
class VerificationApiController {

    /** A decision: VERIFIED or REJECTED, with the evidence seen; expiresOn to verify a licence without one. */
    record DecisionRequest(
            String decision,
            @Nullable String evidenceNote,
            @Nullable LocalDate expiresOn) {}

    private final VerificationService verification;

    VerificationApiController(VerificationService verification) {
        this.verification = verification;
    }

    @GetMapping("/queue")
    VerificationQueue queue() {
        return verification.queue();
    }

    @GetMapping("/clinics/{id}/decisions")
    List<VerificationQueue.Decision> decisions(@PathVariable UUID id) {
        return verification.decisions(id);
    }

    @PostMapping("/clinics/{id}")
    List<VerificationQueue.Decision> decideClinic(
            @PathVariable UUID id, @RequestBody DecisionRequest request, @Nullable Principal principal) {
        if (!verification.decideClinic(
                id, String.valueOf(request.decision()), request.evidenceNote(), DirectoryApiErrors.nameOf(principal))) {
            throw notFound();
        }
        return verification.decisions(id);
    }

    @PostMapping("/licences/{id}")
    void decideLicence(@PathVariable UUID id, @RequestBody DecisionRequest request, @Nullable Principal principal) {
        if (!verification.decideLicence(
                id,
                String.valueOf(request.decision()),
                request.evidenceNote(),
                request.expiresOn(),
                DirectoryApiErrors.nameOf(principal))) {
            throw notFound();
        }
    }

    static ErrorResponseException notFound() {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nothing to decide here."),
                null);
    }
}
