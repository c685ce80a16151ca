package org.ketapath.billing.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.domain.BillingClock;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.billing.domain.Caller;
import org.ketapath.billing.domain.Payments;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.billing.domain.SuperbillRequest;
import org.ketapath.billing.domain.Superbills;
import org.ketapath.shared.PlausibleDates;
import org.ketapath.shared.TextRules;
import org.ketapath.shared.UsState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's superbills ({@code /superbills}, linked from My appointments): the list with PDF downloads, a
 * form to get one for a period (with the postal address and member id it needs), and their receipts. PDFs at
 * {@code /superbills/{id}.pdf} serve the patient and the clinic's staff; anyone else gets the not-found page.
 */
@Controller
class MySuperbillsController {

    static final Map<String, String> FIELDS = Map.of(
            "from",
            "from",
            "to",
            "to",
            "patient.address",
            "street",
            "address.street",
            "street",
            "address.city",
            "city");

    private final Superbills superbills;
    private final Payments payments;
    private final SuperbillPdf pdf;
    private final BillingClock clock;

    MySuperbillsController(Superbills superbills, Payments payments, SuperbillPdf pdf, BillingClock clock) {
        this.superbills = superbills;
        this.payments = payments;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The form as typed. */
    record Form(String from, String to, String street, String city, String state, String zip, String memberId) {}

    @GetMapping("/superbills")
    String page(Model model) {
        Caller caller = patient();
        LocalDate today = clock.today(ZoneId.of("America/New_York"));
        var details = superbills.details(caller.accountId());
        Form form = new Form(
                today.minusDays(180).toString(),
                today.toString(),
                details.map(d -> d.address().street()).orElse(""),
                details.map(d -> d.address().city()).orElse(""),
                details.map(d -> d.address().state()).orElse(""),
                details.map(d -> d.address().zip()).orElse(""),
                details.map(d -> d.memberId() == null ? "" : d.memberId()).orElse(""));
        return page(caller, form, Map.of(), model);
    }

    @PostMapping("/superbills")
    String issue(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String street,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "") String zip,
            @RequestParam(defaultValue = "") String memberId,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = patient();
        Form form = new Form(from, to, street, city, state, zip, memberId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDay = day("from", "From", from, errors);
        LocalDate toDay = day("to", "To", to, errors);
        SuperbillDocument.Address address = address(form, errors);
        if (!memberId.isBlank() && !memberId.strip().matches(SuperbillApiController.MEMBER_ID)) {
            errors.put("memberId", "Member id " + SuperbillApiController.MEMBER_ID_MESSAGE);
        }
        if (errors.isEmpty()) {
            try {
                Superbills.Issued issued =
                        superbills.issue(caller, new SuperbillRequest(null, null, fromDay, toDay, address, memberId));
                redirect.addFlashAttribute(
                        "message", "Superbill " + issued.document().number() + " is ready: download it below.");
                return "redirect:/superbills";
            } catch (BillingRefusal.InvalidInput e) {
                errors.putAll(ProblemWords.of(e.problems(), FIELDS));
            } catch (BillingRefusal.Incomplete e) {
                errors.putAll(ProblemWords.of(e.missing(), FIELDS));
            } catch (BillingRefusal.NotFound e) {
                errors.put("from", "We could not find visits of yours to bill in this period.");
            }
        }
        return page(caller, form, errors, model);
    }

    @GetMapping("/superbills/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        try {
            return pdf.response(
                    superbills.find(Callers.patientOrStaff(), id, "EXPORT").document());
        } catch (BillingRefusal.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(Caller caller, Form form, Map<String, String> errors, Model model) {
        model.addAttribute(
                "superbills",
                superbills.ofPatient(caller.accountId()).stream()
                        .map(SuperbillRow::of)
                        .toList());
        model.addAttribute("receipts", payments.mine(caller.accountId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("states", UsState.values());
        return "billing/my-superbills";
    }

    private static Caller patient() {
        Caller caller = Callers.current();
        if (!caller.patient()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }

    static @Nullable LocalDate day(String id, String label, String typed, Map<String, String> errors) {
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (PlausibleDates.plausible(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        errors.put(id, label + ": enter a date, like 2026-11-01");
        return null;
    }

    static SuperbillDocument.@Nullable Address address(Form form, Map<String, String> errors) {
        boolean any =
                !(form.street().isBlank() && form.city().isBlank() && form.zip().isBlank());
        if (!any) {
            return null;
        }
        if (form.street().isBlank() || form.street().length() > 200 || !TextRules.acceptable(form.street())) {
            errors.put("street", "Street: enter the street address (up to 200 characters)");
        }
        if (form.city().isBlank() || form.city().length() > 100 || !TextRules.acceptable(form.city())) {
            errors.put("city", "City: enter the town or city (up to 100 characters)");
        }
        UsState state = null;
        try {
            state = UsState.valueOf(form.state());
        } catch (IllegalArgumentException e) {
            errors.put("state", "State: choose the state");
        }
        if (!form.zip().strip().matches("[0-9]{5}")) {
            errors.put("zip", "ZIP code: enter 5 digits");
        }
        if (!errors.isEmpty() || state == null) {
            return null;
        }
        return new SuperbillDocument.Address(
                form.street().strip(),
                form.city().strip(),
                state.name(),
                form.zip().strip());
    }
}
