package org.ketapath.treatment.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.domain.Inputs;
import org.ketapath.treatment.domain.RemsForms;
import org.ketapath.treatment.domain.SessionParts;
import org.ketapath.treatment.domain.SessionRecord;
import org.ketapath.treatment.domain.SessionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The session record of an appointment, part by part, for the clinic's clinicians and admins. */
@RestController
class SessionApiController {

    private final SessionService sessions;
    private final SessionParts parts;
    private final RemsForms rems;

    SessionApiController(SessionService sessions, SessionParts parts, RemsForms rems) {
        this.sessions = sessions;
        this.parts = parts;
        this.rems = rems;
    }

    record Created(UUID id) {}

    @PostMapping("/api/v1/appointments/{appointmentId}/session")
    ResponseEntity<Created> create(
            @PathVariable UUID appointmentId, @RequestBody(required = false) Inputs.@Nullable NewSession body) {
        UUID id = sessions.create(TreatmentApiErrors.staff(), appointmentId, body == null ? null : body.courseId());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/sessions/{id}")
    SessionRecord get(@PathVariable UUID id) {
        return sessions.get(TreatmentApiErrors.staff(), id);
    }

    @PutMapping("/api/v1/sessions/{id}/pre-check")
    SessionRecord preCheck(@PathVariable UUID id, @Valid @RequestBody Inputs.PreCheck body) {
        return parts.preCheck(TreatmentApiErrors.staff(), id, body);
    }

    @PostMapping("/api/v1/sessions/{id}/doses")
    ResponseEntity<SessionRecord.DoseView> dose(@PathVariable UUID id, @Valid @RequestBody Inputs.Dose body) {
        return ResponseEntity.status(201).body(parts.dose(TreatmentApiErrors.staff(), id, body));
    }

    @PostMapping("/api/v1/sessions/{id}/vitals")
    ResponseEntity<SessionParts.VitalsResult> vitals(@PathVariable UUID id, @Valid @RequestBody Inputs.Vitals body) {
        return ResponseEntity.status(201).body(parts.vitals(TreatmentApiErrors.staff(), id, body));
    }

    @PostMapping("/api/v1/sessions/{id}/flags/{flagId}/resolve")
    SessionRecord resolve(
            @PathVariable UUID id, @PathVariable UUID flagId, @Valid @RequestBody Inputs.Resolution body) {
        return parts.resolveFlag(TreatmentApiErrors.staff(), id, flagId, body);
    }

    @PostMapping("/api/v1/sessions/{id}/scores")
    ResponseEntity<SessionRecord> score(@PathVariable UUID id, @Valid @RequestBody Inputs.Score body) {
        return ResponseEntity.status(201).body(parts.score(TreatmentApiErrors.staff(), id, body));
    }

    @PostMapping("/api/v1/sessions/{id}/events")
    ResponseEntity<SessionRecord> event(@PathVariable UUID id, @Valid @RequestBody Inputs.Event body) {
        return ResponseEntity.status(201).body(parts.event(TreatmentApiErrors.staff(), id, body));
    }

    @PutMapping("/api/v1/sessions/{id}/discharge")
    SessionRecord discharge(@PathVariable UUID id, @Valid @RequestBody Inputs.Discharge body) {
        return parts.discharge(TreatmentApiErrors.staff(), id, body);
    }

    @PostMapping("/api/v1/sessions/{id}/sign")
    SessionRecord sign(@PathVariable UUID id) {
        return sessions.sign(TreatmentApiErrors.staff(), id);
    }

    @PostMapping("/api/v1/sessions/{id}/amendments")
    ResponseEntity<SessionRecord> amend(@PathVariable UUID id, @Valid @RequestBody Inputs.Amendment body) {
        return ResponseEntity.status(201).body(sessions.amend(TreatmentApiErrors.staff(), id, body));
    }

    @PostMapping("/api/v1/sessions/{id}/rems-form/submit")
    SessionRecord submitRems(@PathVariable UUID id) {
        return sessions.submitRemsForm(TreatmentApiErrors.staff(), id);
    }

    @GetMapping("/api/v1/clinics/{clinicId}/rems-forms")
    List<RemsForms.Form> remsForms(@PathVariable UUID clinicId, @RequestParam(defaultValue = "due") String status) {
        return rems.list(TreatmentApiErrors.staff(), clinicId, RemsForms.Status.parse(status));
    }
}
