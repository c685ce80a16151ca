package org.ketapath.billing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.billing.domain.Caller;
import org.ketapath.billing.domain.EmCode;
import org.ketapath.billing.domain.PaymentMethod;
import org.ketapath.billing.domain.Payments;
import org.ketapath.billing.domain.PlaceOfService;
import org.ketapath.billing.domain.SuperbillRequest;
import org.ketapath.billing.domain.Superbills;
import org.ketapath.billing.domain.VisitCoding;
import org.ketapath.billing.domain.VisitCodings;
import org.ketapath.identity.ClinicPatients;
import org.ketapath.platform.web.UsFormats;
import org.ketapath.scheduling.ClinicVisits;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's billing for clinic staff ({@code /clinic/{clinicId}/patients/{patientId}/billing}, linked from the
 * chart): completed visits with the clinician's coding (E/M, diagnoses, telehealth place of service), payments
 * with receipts and a form to record one, superbills with downloads, issuing and corrections. Only staff of the
 * clinic who may see the patient; anyone else gets the not-found page.
 */
@Controller
class PatientBillingController {

    private final Superbills superbills;
    private final VisitCodings codings;
    private final Payments payments;
    private final ClinicPatients patients;
    private final UsFormats formats;

    PatientBillingController(
            Superbills superbills,
            VisitCodings codings,
            Payments payments,
            ClinicPatients patients,
            UsFormats formats) {
        this.superbills = superbills;
        this.codings = codings;
        this.payments = payments;
        this.patients = patients;
        this.formats = formats;
    }

    /** A completed visit in words with its coding. */
    record VisitRow(UUID id, String label, boolean telehealth, String em, String diagnoses, String placeOfService) {}

    static final String BASE = "/clinic/{clinicId}/patients/{patientId}/billing";

    @GetMapping(BASE)
    String page(@PathVariable UUID clinicId, @PathVariable UUID patientId, Model model) {
        return page(clinicId, patientId, Map.of(), Map.of(), model);
    }

    @PostMapping(BASE + "/superbills")
    String issue(
            @PathVariable UUID clinicId,
            @PathVariable UUID patientId,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = staff(clinicId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = MySuperbillsController.day("from", "From", from, errors);
        LocalDate toDay = MySuperbillsController.day("to", "To", to, errors);
        if (errors.isEmpty()) {
            try {
                Superbills.Issued issued =
                        superbills.issue(caller, new SuperbillRequest(patientId, clinicId, fromDay, toDay, null, null));
                redirect.addFlashAttribute(
                        "message", "Superbill " + issued.document().number() + " issued.");
                return "redirect:/clinic/" + clinicId + "/patients/" + patientId + "/billing";
            } catch (BillingRefusal.InvalidInput e) {
                errors.putAll(ProblemWords.of(e.problems(), Map.of("from", "from", "to", "to")));
            } catch (BillingRefusal.Incomplete e) {
                errors.putAll(ProblemWords.of(e.missing(), Map.of()));
            } catch (BillingRefusal.NotFound e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return page(clinicId, patientId, errors, Map.of("from", from, "to", to), model);
    }

    @PostMapping(BASE + "/visits/{appointmentId}/coding")
    String coding(
            @PathVariable UUID clinicId,
            @PathVariable UUID patientId,
            @PathVariable UUID appointmentId,
            @RequestParam(defaultValue = "") String emCode,
            @RequestParam(defaultValue = "") String diagnoses,
            @RequestParam(defaultValue = "") String placeOfService,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = staff(clinicId);
        try {
            codings.save(
                    caller,
                    clinicId,
                    appointmentId,
                    emCode,
                    Arrays.stream(diagnoses.split("[,\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList(),
                    placeOfService);
            redirect.addFlashAttribute("message", "Visit coding saved.");
            return "redirect:/clinic/" + clinicId + "/patients/" + patientId + "/billing";
        } catch (BillingRefusal.InvalidInput e) {
            String prefix = "coding-" + appointmentId + "-";
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems()
                    .forEach(p -> errors.merge(
                            prefix + (p.field().startsWith("diagnoses") ? "diagnoses" : p.field()),
                            ProblemWords.label(p.field()) + " " + p.message(),
                            (a, b) -> a + " " + b));
            return page(clinicId, patientId, errors, Map.of(), model);
        } catch (BillingRefusal.Conflict e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (BillingRefusal.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping(BASE + "/payments")
    String payment(
            @PathVariable UUID clinicId,
            @PathVariable UUID patientId,
            @RequestParam(defaultValue = "") String appointmentId,
            @RequestParam(defaultValue = "") String paidOn,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String reference,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = staff(clinicId);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID visit = superbills.completedVisits(clinicId, patientId).stream()
                .map(ClinicVisits.Visit::id)
                .filter(id -> id.toString().equals(appointmentId))
                .findFirst()
                .orElse(null);
        if (visit == null) {
            errors.put("payment-visit", "Visit: choose the visit it pays for");
        }
        LocalDate day = MySuperbillsController.day("payment-paidOn", "Date paid", paidOn, errors);
        Money money = null;
        try {
            money = Money.parse(amount);
        } catch (IllegalArgumentException e) {
            errors.put("payment-amount", "Amount " + e.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                var payment = payments.record(caller, clinicId, visit, day, money, method, reference);
                redirect.addFlashAttribute("message", "Payment recorded: receipt " + payment.receiptNumber() + ".");
                return "redirect:/clinic/" + clinicId + "/patients/" + patientId + "/billing";
            } catch (BillingRefusal.InvalidInput e) {
                e.problems()
                        .forEach(p -> errors.put(
                                "payment-"
                                        + switch (p.field()) {
                                            case "amountUsd" -> "amount";
                                            default -> p.field();
                                        },
                                ProblemWords.label(p.field()) + " " + p.message()));
            } catch (BillingRefusal.NotFound e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("appointmentId", appointmentId);
        typed.put("paidOn", paidOn);
        typed.put("amount", amount);
        typed.put("method", method);
        typed.put("reference", reference);
        return page(clinicId, patientId, errors, typed, model);
    }

    @PostMapping("/clinic/{clinicId}/patients/{patientId}/billing/superbills/{id}/correction")
    String correct(
            @PathVariable UUID clinicId,
            @PathVariable UUID patientId,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = staff(clinicId);
        try {
            Superbills.Issued issued = superbills.correct(caller, id, reason);
            redirect.addFlashAttribute(
                    "message",
                    "Corrected version " + issued.document().version() + " of "
                            + issued.document().number() + " issued.");
            return "redirect:/clinic/" + clinicId + "/patients/" + patientId + "/billing";
        } catch (BillingRefusal.InvalidInput e) {
            return page(
                    clinicId,
                    patientId,
                    Map.of("reason-" + id, "Reason: say why, in 1 to 500 characters"),
                    Map.of(),
                    model);
        } catch (BillingRefusal.Incomplete e) {
            return page(clinicId, patientId, ProblemWords.of(e.missing(), Map.of()), Map.of(), model);
        } catch (BillingRefusal.Conflict e) {
            return page(clinicId, patientId, Map.of("problem-0", e.getMessage()), Map.of(), model);
        } catch (BillingRefusal.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(
            UUID clinicId, UUID patientId, Map<String, String> errors, Map<String, String> typed, Model model) {
        Caller caller = staff(clinicId);
        ClinicPatients.PatientCard card = patients.card(caller.accountId(), clinicId, patientId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ClinicVisits.Visit> visits = superbills.completedVisits(clinicId, patientId);
        Map<UUID, VisitCoding> coded =
                codings.of(visits.stream().map(ClinicVisits.Visit::id).toList());
        List<VisitRow> rows = new ArrayList<>();
        for (ClinicVisits.Visit v : visits) {
            VisitCoding c = coded.get(v.id());
            rows.add(new VisitRow(
                    v.id(),
                    v.service().label() + ", " + formats.dateTime(v.start(), v.zone()),
                    v.service() == ServiceType.FREE_CONSULT || v.service() == ServiceType.AT_HOME_SESSION,
                    c == null || c.em() == null ? "" : c.em().code(),
                    c == null ? "" : String.join(", ", c.diagnoses()),
                    c == null || c.placeOfService() == null
                            ? ""
                            : c.placeOfService().code()));
        }
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("patient", card);
        model.addAttribute("clinician", caller.clinician());
        model.addAttribute("visits", rows);
        model.addAttribute("emCodes", EmCode.values());
        model.addAttribute("places", PlaceOfService.values());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("payments", payments.ofPatient(caller, clinicId, patientId));
        model.addAttribute(
                "superbills",
                superbills.ofPatientAtClinic(caller, clinicId, patientId).stream()
                        .map(SuperbillRow::of)
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "billing/patient-billing";
    }

    private static Caller staff(UUID clinicId) {
        Caller caller = Callers.current();
        if (!caller.staffOf(clinicId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }

    static @Nullable String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
