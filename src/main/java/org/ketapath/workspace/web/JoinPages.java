package org.ketapath.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.identity.ClinicStaff;
import org.ketapath.identity.SecondFactorEnrolment;
import org.ketapath.shared.UsState;
import org.ketapath.workspace.domain.ClinicJoining;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "List your clinic": a clinic joins with its admin account, main location and practitioners, and goes on to set
 * up the admin's authenticator app at once. It is then waiting for verification and invisible to patients.
 */
@Controller
class JoinPages {

    private static final Pattern PRACTITIONER = Pattern.compile("practitioners\\[(\\d+)](\\..*)");

    /** The zones of the US states and territories, as people name them. */
    static final Map<String, String> ZONES = zones();

    private final ClinicJoining joining;
    private final SecondFactorEnrolment enrolment;

    JoinPages(ClinicJoining joining, SecondFactorEnrolment enrolment) {
        this.joining = joining;
        this.enrolment = enrolment;
    }

    @GetMapping("/clinics/join")
    String form(Model model) {
        return page(JoinForm.empty(), Map.of(), model);
    }

    @PostMapping("/clinics/join")
    String join(
            @Valid @ModelAttribute("form") JoinForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), message(error));
        }
        if (form.password() != null && !form.password().equals(form.confirm())) {
            errors.putIfAbsent("confirm", "The two passwords are not the same");
        }
        if (errors.isEmpty()) {
            List<Integer> rows = new ArrayList<>();
            try {
                UUID admin = joining.joinToEnrol(
                        Objects.requireNonNull(form.email()),
                        Objects.requireNonNull(form.password()),
                        form.application(rows));
                enrolment.begin(request, admin);
                return "redirect:" + SecondFactorEnrolment.PAGE;
            } catch (ClinicApplications.Rejected | ClinicApplications.Duplicate | ClinicStaff.Rejected e) {
                String field = e instanceof ClinicApplications.Rejected r
                        ? r.field()
                        : e instanceof ClinicApplications.Duplicate d ? d.field() : ((ClinicStaff.Rejected) e).field();
                String pageField = pageField(field, rows);
                errors.put(pageField, sentence(pageField, e.getMessage(), e instanceof ClinicApplications.Duplicate));
            }
        }
        response.setStatus(400);
        return page(form, errors, model);
    }

    private static String page(JoinForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("errors", errors);
        model.addAttribute("zones", ZONES);
        model.addAttribute("states", UsState.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("conditions", TreatedCondition.values());
        return "workspace/join";
    }

    /** The page's name for a field the domain named. */
    static String pageField(String field, List<Integer> rows) {
        if (field.startsWith("locations[")) {
            return field.substring(field.indexOf('.') + 1);
        }
        if (field.equals("practitioners")) {
            return "practitioners[0].npi";
        }
        Matcher m = PRACTITIONER.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int row = index < rows.size() ? rows.get(index) : 0;
            String rest = m.group(2)
                    .replaceFirst("^\\.licences\\[\\d+]\\.state$", ".licenceState")
                    .replaceFirst("^\\.licences\\[\\d+]\\.number$", ".licenceNumber")
                    .replaceFirst("^\\.licences\\[\\d+]\\..*$", ".licenceNumber");
            return "practitioners[" + row + "]" + rest;
        }
        if (field.startsWith("prices[")) {
            return "infusionPrice";
        }
        return field.replace("admin.", "");
    }

    private static String sentence(String field, String message, boolean whole) {
        if (whole && field.equals("name")) {
            return "A clinic of this name is already listed at this address";
        }
        String name = field.replaceAll("^practitioners\\[\\d+]\\.", "");
        String label = switch (name) {
            case "npi" -> "The NPI";
            case "givenName" -> "The given name";
            case "familyName" -> "The family name";
            case "licenceState" -> "The licence state";
            case "licenceNumber" -> "The licence number";
            case "zip" -> "The ZIP code";
            case "state" -> "The state";
            case "latitude", "longitude" -> "The pin";
            case "timezone" -> "The time zone";
            case "email" -> "This e-mail address";
            case "password" -> "The password";
            default -> "This";
        };
        return label + " " + message;
    }

    private static String message(FieldError error) {
        if (error.isBindingFailure()) {
            return switch (error.getField().replaceAll("^practitioners\\[\\d+]\\.", "")) {
                case "latitude", "longitude" -> "Enter a number such as 39.9526";
                case "licenceExpires" -> "Enter a date";
                case "infusionPrice", "consultationPrice" -> "Enter an amount in dollars";
                default -> "Choose one of the options";
            };
        }
        return Objects.requireNonNullElse(error.getDefaultMessage(), "Check this");
    }

    private static Map<String, String> zones() {
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put("America/New_York", "Eastern Time");
        zones.put("America/Chicago", "Central Time");
        zones.put("America/Denver", "Mountain Time");
        zones.put("America/Phoenix", "Mountain Time (Arizona, no daylight saving)");
        zones.put("America/Los_Angeles", "Pacific Time");
        zones.put("America/Anchorage", "Alaska Time");
        zones.put("Pacific/Honolulu", "Hawaii Time");
        zones.put("America/Puerto_Rico", "Atlantic Time (Puerto Rico)");
        return zones;
    }
}
