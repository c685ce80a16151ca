package org.ketapath.outcomes.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.outcomes.ClinicOutcomes;
import org.ketapath.outcomes.domain.ClinicOutcomesService;
import org.ketapath.outcomes.domain.OutcomesPublication;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The clinic's outcomes page ({@code /clinic/{clinicId}/outcomes}) for its staff: the same numbers as {@code GET
 * /api/v1/clinics/{clinicId}/outcomes}, what the public profile shows, and for clinic admins the switch to publish
 * or stop publishing. Anyone else gets the not-found page.
 */
@Controller
class ClinicOutcomesPages {

    private final ClinicOutcomesService outcomes;
    private final OutcomesPublication publication;
    private final AuditTrail audit;

    ClinicOutcomesPages(ClinicOutcomesService outcomes, OutcomesPublication publication, AuditTrail audit) {
        this.outcomes = outcomes;
        this.publication = publication;
        this.audit = audit;
    }

    /** One condition's row, in words and percentages. */
    record Row(
            String condition,
            int started,
            int sharing,
            int valid,
            String completion,
            String responders,
            String interval,
            String sessionResponders) {}

    @GetMapping("/clinic/{clinicId}/outcomes")
    String page(@PathVariable UUID clinicId, @RequestParam(required = false) @Nullable String saved, Model model) {
        CurrentAccount staff = staff(clinicId);
        ClinicOutcomes all = outcomes.forStaff(staff.id(), clinicId);
        List<Row> rows = all.conditions().stream().map(ClinicOutcomesPages::row).toList();
        var published = publication.of(clinicId);
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("rows", rows);
        model.addAttribute("computedAt", all.computedAt());
        model.addAttribute("choice", publication.choice(clinicId).orElse(null));
        model.addAttribute("published", published);
        model.addAttribute("isAdmin", staff.hasRole("CLINIC_ADMIN"));
        model.addAttribute("minPatients", OutcomesPublication.MIN_PATIENTS);
        model.addAttribute("minCell", OutcomesPublication.MIN_CELL);
        model.addAttribute("saved", saved != null);
        return "outcomes/clinic";
    }

    @PostMapping("/clinic/{clinicId}/outcomes/publication")
    String choose(@PathVariable UUID clinicId, @RequestParam(required = false) @Nullable String publish) {
        CurrentAccount admin = staff(clinicId);
        if (!admin.hasRole("CLINIC_ADMIN")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!"true".equals(publish) && !"false".equals(publish)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        publication.choose(clinicId, Boolean.parseBoolean(publish), admin.id());
        audit.record(AuditEvent.success("UPDATE", "OutcomesPublication", clinicId.toString(), null)
                .forClinic(clinicId));
        return "redirect:/clinic/" + clinicId + "/outcomes?saved";
    }

    private static CurrentAccount staff(UUID clinicId) {
        return CurrentAccount.get()
                .filter(a -> a.hasRole("CLINICIAN") || a.hasRole("CLINIC_ADMIN"))
                .filter(a -> a.worksFor(clinicId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Row row(ClinicOutcomes.Condition c) {
        var s = c.sessionResponders();
        return new Row(
                label(c.condition()),
                c.patientsStarted(),
                c.patientsSharingDiary(),
                c.patientsWithValidWindows(),
                c.completionRate() == null ? "none yet" : percent(c.completionRate()),
                c.responderRate() == null
                        ? "not yet decidable"
                        : c.responders50() + " of " + c.responderDenominator() + " (" + percent(c.responderRate())
                                + ")",
                interval(c.ci95()),
                s.rate() == null
                        ? "no scored sessions yet"
                        : s.responders() + " of " + s.sessions() + " sessions (" + percent(s.rate()) + ", 95% CI "
                                + interval(s.ci95()) + ")");
    }

    /** The condition in words, as the directory names it ("Bipolar depression"). */
    private static String label(String condition) {
        return Arrays.stream(TreatedCondition.values())
                .filter(t -> t.name().equals(condition))
                .findFirst()
                .map(TreatedCondition::label)
                .orElse(condition.toLowerCase(Locale.US).replace('_', ' '));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String interval(@Nullable List<BigDecimal> ci) {
        return ci == null || ci.size() != 2 ? "not available" : percent(ci.get(0)) + " to " + percent(ci.get(1));
    }
}
