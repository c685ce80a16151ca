package org.ketapath.treatment.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ketapath.treatment.domain.CourseService;
import org.ketapath.treatment.domain.Inputs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Courses (clinic staff), the clinic's consent text (staff) and the patient's consent forms. */
@RestController
class CourseApiController {

    private final CourseService courses;

    CourseApiController(CourseService courses) {
        this.courses = courses;
    }

    record Created(UUID id) {}

    @PostMapping("/api/v1/clinics/{clinicId}/patients/{patientId}/courses")
    ResponseEntity<Created> create(
            @PathVariable UUID clinicId, @PathVariable UUID patientId, @Valid @RequestBody Inputs.Course body) {
        UUID id = courses.create(TreatmentApiErrors.staff(), clinicId, patientId, body);
        return ResponseEntity.created(
                        URI.create("/api/v1/clinics/" + clinicId + "/patients/" + patientId + "/courses/" + id))
                .body(new Created(id));
    }

    @PostMapping("/api/v1/clinics/{clinicId}/consent-texts")
    ResponseEntity<CourseService.ConsentTextView> publish(
            @PathVariable UUID clinicId, @Valid @RequestBody Inputs.ConsentText body) {
        var text = courses.publishText(TreatmentApiErrors.staff(), clinicId, body);
        return ResponseEntity.status(201).body(text);
    }

    @GetMapping("/api/v1/patients/me/consent-forms")
    List<CourseService.ConsentForm> pending() {
        return courses.pendingForms(TreatmentApiErrors.patient());
    }

    @PostMapping("/api/v1/patients/me/consent-forms/{id}/accept")
    ResponseEntity<Void> accept(@PathVariable UUID id, @Valid @RequestBody Inputs.Acceptance body) {
        courses.accept(TreatmentApiErrors.patient(), id, body);
        return ResponseEntity.noContent().build();
    }
}
