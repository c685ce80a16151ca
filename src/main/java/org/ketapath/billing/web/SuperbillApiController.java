package org.ketapath.billing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.billing.domain.Caller;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.billing.domain.SuperbillRequest;
import org.ketapath.billing.domain.Superbills;
import org.ketapath.billing.domain.VisitCoding;
import org.ketapath.billing.domain.VisitCodings;
import org.ketapath.shared.PlausibleDates;
import org.ketapath.shared.TextRules;
import org.ketapath.shared.UsState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Superbills: issue ({@code POST /api/v1/superbills}: a patient's own, or clinic staff for a patient), read as
 * JSON or PDF, correct (staff), list; the patient's billing details; the clinician's coding of a visit.
 */
@RestController
class SuperbillApiController {

    private final Superbills superbills;
    private final VisitCodings codings;
    private final SuperbillPdf pdf;

    SuperbillApiController(Superbills superbills, VisitCodings codings, SuperbillPdf pdf) {
        this.superbills = superbills;
        this.codings = codings;
        this.pdf = pdf;
    }

    /** A postal address. */
    record AddressBody(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String street,

            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String city,

            @NotNull(message = "is required") UsState state,

            @NotNull(message = "is required") @Pattern(regexp = "[0-9]{5}", message = "must be 5 digits")
            String zip) {

        SuperbillDocument.Address toAddress(String field) {
            if (!TextRules.acceptable(street)) {
                throw new BillingRefusal.InvalidInput(field + ".street", "contains characters we cannot print");
            }
            if (!TextRules.acceptable(city)) {
                throw new BillingRefusal.InvalidInput(field + ".city", "contains characters we cannot print");
            }
            return new SuperbillDocument.Address(street.strip(), city.strip(), state.name(), zip);
        }
    }

    static final String MEMBER_ID = "[A-Za-z0-9 -]{1,40}";
    static final String MEMBER_ID_MESSAGE = "must be 1 to 40 letters, digits, spaces or hyphens";

    record SuperbillBody(
            @Nullable UUID patientId,
            @Nullable UUID clinicId,
            @NotNull(message = "is required") LocalDate from,
            @NotNull(message = "is required") LocalDate to,
            @Valid @Nullable AddressBody address,

            @Nullable @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE)
            String memberId) {}

    record CorrectionBody(
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String reason) {}

    record DetailsBody(
            @Valid @NotNull(message = "is required") AddressBody address,

            @Nullable @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE)
            String memberId) {}

    record CodingBody(
            @Nullable String emCode,
            @Nullable List<String> diagnoses,
            @Nullable String placeOfService) {}

    record CodingJson(
            UUID appointmentId,
            @Nullable String emCode,
            List<String> diagnoses,
            @Nullable String placeOfService) {}

    record Summary(
            UUID id,
            String number,
            int version,
            LocalDate from,
            LocalDate to,
            java.time.Instant issuedAt,
            String clinic,
            java.math.BigDecimal totalChargeUsd,
            @Nullable UUID supersededBy) {

        static Summary of(Superbills.Issued i) {
            SuperbillDocument d = i.document();
            return new Summary(
                    d.id(),
                    d.number(),
                    d.version(),
                    d.from(),
                    d.to(),
                    d.issuedAt(),
                    d.clinic().name(),
                    d.totalCharge().usd(),
                    i.supersededBy());
        }
    }

    @PostMapping("/api/v1/superbills")
    ResponseEntity<SuperbillJson> issue(@Valid @RequestBody SuperbillBody body) {
        Caller caller = Callers.patientOrStaff();
        checkDate("from", body.from());
        checkDate("to", body.to());
        Superbills.Issued issued = superbills.issue(
                caller,
                new SuperbillRequest(
                        body.patientId(),
                        body.clinicId(),
                        body.from(),
                        body.to(),
                        body.address() == null ? null : body.address().toAddress("address"),
                        body.memberId()));
        return ResponseEntity.created(
                        URI.create("/api/v1/superbills/" + issued.document().id()))
                .body(SuperbillJson.of(issued));
    }

    @GetMapping("/api/v1/superbills/{id}")
    SuperbillJson read(@PathVariable UUID id) {
        return SuperbillJson.of(superbills.find(Callers.patientOrStaff(), id, "READ"));
    }

    @GetMapping("/api/v1/superbills/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        return pdf.response(
                superbills.find(Callers.patientOrStaff(), id, "EXPORT").document());
    }

    @PostMapping("/api/v1/superbills/{id}/corrections")
    ResponseEntity<SuperbillJson> correct(@PathVariable UUID id, @Valid @RequestBody CorrectionBody body) {
        Superbills.Issued issued = superbills.correct(Callers.patientOrStaff(), id, body.reason());
        return ResponseEntity.created(
                        URI.create("/api/v1/superbills/" + issued.document().id()))
                .body(SuperbillJson.of(issued));
    }

    @GetMapping("/api/v1/patients/me/superbills")
    List<Summary> mine() {
        return superbills.ofPatient(Callers.current().accountId()).stream()
                .map(Summary::of)
                .toList();
    }

    @PutMapping("/api/v1/patients/me/billing-details")
    ResponseEntity<Void> details(@Valid @RequestBody DetailsBody body) {
        superbills.saveDetails(Callers.current().accountId(), body.address().toAddress("address"), body.memberId());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/clinics/{clinicId}/patients/{patientId}/superbills")
    List<Summary> ofPatient(@PathVariable UUID clinicId, @PathVariable UUID patientId) {
        Caller caller = Callers.current();
        if (!caller.staffOf(clinicId)) {
            throw new BillingRefusal.NotFound();
        }
        return superbills.ofPatientAtClinic(caller, clinicId, patientId).stream()
                .map(Summary::of)
                .toList();
    }

    @PutMapping("/api/v1/clinics/{clinicId}/visits/{appointmentId}/coding")
    CodingJson coding(@PathVariable UUID clinicId, @PathVariable UUID appointmentId, @RequestBody CodingBody body) {
        VisitCoding c = codings.save(
                Callers.current(),
                clinicId,
                appointmentId,
                body.emCode(),
                body.diagnoses() == null ? List.of() : body.diagnoses(),
                body.placeOfService());
        return new CodingJson(
                c.appointmentId(),
                c.em() == null ? null : c.em().code(),
                c.diagnoses(),
                c.placeOfService() == null ? null : c.placeOfService().code());
    }

    private static void checkDate(String field, LocalDate date) {
        if (!PlausibleDates.plausible(date)) {
            throw new BillingRefusal.InvalidInput(field, "must be a date " + PlausibleDates.describe());
        }
    }
}
