package org.ketapath.workspace.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ketapath.directory.ClinicDirectory;
import org.ketapath.platform.web.CurrentAccount;
import org.ketapath.workspace.domain.ClinicNotices;
import org.ketapath.workspace.domain.StaffHome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where staff land after signing in: {@code /clinic} takes them to their clinic's home page, or lets them choose
 * when they work for several; {@code /clinic/{id}} is the clinic's day at a glance.
 */
@Controller
class ClinicHomeController {

    private final StaffHome home;

    ClinicHomeController(StaffHome home) {
        this.home = home;
    }

    @GetMapping("/clinic")
    String choose(Model model) {
        CurrentAccount account = CurrentAccount.get()
                .filter(a -> !a.clinics().isEmpty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ClinicDirectory.ClinicCard> clinics = home.clinicsOf(account.clinics());
        if (clinics.size() == 1) {
            return "redirect:/clinic/" + clinics.get(0).id();
        }
        model.addAttribute("clinics", clinics);
        return "workspace/choose";
    }

    @GetMapping("/clinic/{clinicId:" + StaffOnly.ID + "}")
    String home(@PathVariable UUID clinicId, Model model) {
        CurrentAccount staff = StaffOnly.of(clinicId);
        StaffHome.Home page =
                home.open(staff.id(), clinicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ZoneId zone = page.zone();
        model.addAttribute("home", page);
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("clinicName", page.clinic().name());
        model.addAttribute("today", UsTimes.date(page.today()));
        model.addAttribute(
                "visits",
                page.visits().stream()
                        .map(v -> new VisitRow(
                                v.id(),
                                v.patientId(),
                                v.patient(),
                                UsTimes.time(v.start(), zone),
                                v.service(),
                                v.practitioner(),
                                v.status(),
                                StatusStyle.of(v.status())))
                        .toList());
        model.addAttribute(
                "awaiting",
                page.awaitingReview().stream()
                        .map(a -> new AwaitingRow(
                                a.assessmentId(),
                                a.patientId(),
                                a.patient(),
                                UsTimes.dateTime(a.visitStart(), zone),
                                a.service()))
                        .toList());
        model.addAttribute(
                "notices",
                page.notices().stream().map(n -> NoticeRow.of(n, zone)).toList());
        model.addAttribute(
                "since",
                page.lastVisit() == null
                        ? "in the last 7 days"
                        : "since your last visit (" + UsTimes.dateTime(page.lastVisit(), zone) + ")");
        model.addAttribute(
                "rems",
                page.remsDue().stream()
                        .map(r -> new RemsRow(
                                r.patientId(),
                                r.patient(),
                                r.dueBy() == null ? "no date yet" : UsTimes.date(r.dueBy(), zone),
                                r.overdue(),
                                r.signed()))
                        .toList());
        model.addAttribute(
                "selfHarm",
                page.selfHarm().stream()
                        .map(h -> new SelfHarmRow(h.patientId(), h.patient(), UsTimes.date(h.answeredOn()), h.item9()))
                        .toList());
        model.addAttribute("isAdmin", staff.hasRole("CLINIC_ADMIN"));
        return "workspace/home";
    }

    record VisitRow(
            UUID id,
            UUID patientId,
            String patient,
            String time,
            String service,
            String practitioner,
            String status,
            String statusStyle) {}

    record SelfHarmRow(UUID patientId, String patient, String answeredOn, int item9) {}

    record RemsRow(UUID patientId, String patient, String dueBy, boolean overdue, boolean signed) {}

    record AwaitingRow(UUID assessmentId, UUID patientId, String patient, String visit, String service) {}

    record NoticeRow(String kind, String text, String when) {
        static NoticeRow of(ClinicNotices.Notice n, ZoneId zone) {
            String who = n.newPatient() ? "a new patient" : "a returning patient";
            String text = switch (n.kind()) {
                case BOOKED -> n.service().label() + " on " + UsTimes.dateTime(n.start(), zone) + ", " + who;
                case RESCHEDULED ->
                    n.service().label() + " moved from "
                            + UsTimes.dateTime(n.previousStart(), zone) + " to " + UsTimes.dateTime(n.start(), zone)
                            + ", " + who;
                case CANCELLED ->
                    n.service().label() + " on " + UsTimes.dateTime(n.start(), zone) + ", cancelled by " + who;
            };
            return new NoticeRow(n.kind().label(), text, UsTimes.dateTime(n.occurredAt(), zone));
        }
    }
}
