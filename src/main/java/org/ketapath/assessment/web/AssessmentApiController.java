package org.ketapath.assessment.web;

import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.AssessmentResult;
import org.ketapath.assessment.domain.AssessmentService;
import org.ketapath.assessment.domain.Intake;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Taking the assessment and reading a result back by its id. */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    ResponseEntity<AssessmentResult> take(@RequestBody Intake intake) {
        AssessmentResult result = Problems.rejectingInput(() -> assessments.submit(intake));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + result.id()))
                .body(result);
    }

    @GetMapping("/{id}")
    AssessmentResult find(@PathVariable String id) {
        return assessments
                .find(id, viewer())
                .orElseThrow(() -> Problems.notFound("No assessment result has this id, or it has expired."));
    }

    /** The signed-in account, once accounts exist (the principal's name is the account id). */
    static @Nullable UUID viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return UUID.fromString(auth.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
