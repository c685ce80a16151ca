package org.ketapath.workspace.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.platform.web.InvalidInputException;
import org.ketapath.workspace.domain.ClinicJoining;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinic joins the platform over the API: it is PENDING and invisible to patients until a platform admin
 * verifies it; its admin account gets an authenticator secret and recovery codes at once (shown once).
 */
@RestController
class JoinApiController {

    private final ClinicJoining joining;

    JoinApiController(ClinicJoining joining) {
        this.joining = joining;
    }

    /** The joined clinic, and the admin's authenticator secret and recovery codes (shown this once only). */
    record Joined(
            UUID clinicId,
            String status,
            UUID adminAccountId,
            String totpSecret,
            String otpauthUri,
            List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "Joined[" + clinicId + "]";
        }
    }

    @PostMapping("/api/v1/clinics")
    ResponseEntity<Joined> join(@Valid @RequestBody JoinRequest body) {
        JoinRequest.Admin admin = Objects.requireNonNull(body.admin());
        try {
            ClinicJoining.Joined joined = joining.join(
                    Objects.requireNonNull(admin.email()),
                    Objects.requireNonNull(admin.password()),
                    body.application());
            return ResponseEntity.created(URI.create("/clinic/" + joined.clinicId()))
                    .header("Cache-Control", "no-store")
                    .body(new Joined(
                            joined.clinicId(),
                            "PENDING",
                            joined.admin().accountId(),
                            joined.admin().totpSecret(),
                            joined.admin().otpauthUri(),
                            joined.admin().recoveryCodes()));
        } catch (ClinicApplications.Rejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        } catch (ClinicStaff.Rejected rejected) {
            throw new InvalidInputException(rejected.field(), rejected.getMessage());
        } catch (ClinicApplications.Duplicate duplicate) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, duplicate.field() + " " + duplicate.getMessage() + ".");
            problem.setTitle("Already listed");
            problem.setProperty(
                    "errors",
                    List.of(new org.ketapath.platform.web.FieldProblem(duplicate.field(), duplicate.getMessage())));
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
    }
}
