package org.ketapath.outcomes.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.outcomes.OutcomeWindow;
import org.ketapath.outcomes.PatientOutcomes;
import org.ketapath.outcomes.domain.DiaryDay;
import org.ketapath.outcomes.domain.DiaryService;
import org.ketapath.outcomes.domain.OutcomeRules;
import org.ketapath.outcomes.domain.OutcomeService;
import org.ketapath.outcomes.domain.QuestionnaireService;
import org.ketapath.platform.pdf.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The patient's diary and outcomes to take to a neurologist: every diary day as CSV (Commons CSV), and the outcomes
 * as a tagged PDF with embedded fonts (the platform's PdfRenderer). Both audited as exports.
 */
@Controller
class ExportController {

    static final List<String> HEADER = List.of(
            "date",
            "headache",
            "peak_pain",
            "duration_hours",
            "unilateral",
            "pulsating",
            "worse_with_activity",
            "nausea",
            "vomiting",
            "light_sensitivity",
            "sound_sensitivity",
            "aura",
            "acute_medications",
            "missed_activity",
            "migraine_day",
            "acute_medication_day",
            "notes");

    private final DiaryService diary;
    private final OutcomeService outcomes;
    private final PdfRenderer pdf;
    private final AuditTrail audit;

    ExportController(DiaryService diary, OutcomeService outcomes, PdfRenderer pdf, AuditTrail audit) {
        this.diary = diary;
        this.outcomes = outcomes;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/outcomes/diary.csv")
    ResponseEntity<byte[]> csv() {
        UUID patient = PatientOnly.id();
        LocalDate today = diary.today(patient);
        var days = diary.days(patient, today.minusDays(365), today);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get()
                .print(out)) {
            for (DiaryDay d : days.values()) {
                printer.printRecord(
                        d.date(),
                        d.headache(),
                        d.peakPain(),
                        d.durationHours(),
                        d.unilateral(),
                        d.pulsating(),
                        d.worseWithActivity(),
                        d.nausea(),
                        d.vomiting(),
                        d.lightSensitivity(),
                        d.soundSensitivity(),
                        d.aura(),
                        d.medications().stream()
                                .map(m -> m.name() + " x" + m.doses() + " ("
                                        + m.medicationClass().label() + ")")
                                .collect(Collectors.joining("; ")),
                        d.missedActivity(),
                        OutcomeRules.migraineDay(d),
                        OutcomeRules.acuteMedicationDay(d),
                        d.notes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditEvent.success("EXPORT", "DiaryEntry", "csv", patient));
        return download(out.toString().getBytes(StandardCharsets.UTF_8), "headache-diary.csv", "text/csv");
    }

    @GetMapping("/outcomes/outcomes.pdf")
    ResponseEntity<byte[]> pdf() {
        UUID patient = PatientOnly.id();
        PatientOutcomes o = outcomes.forPatient(patient);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (o.baseline() != null) {
            List<OutcomeWindow> all = new ArrayList<>();
            all.add(o.baseline());
            all.addAll(o.windows());
            for (OutcomeWindow w : all) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", OutcomesPages.WINDOW_NAMES.get(w.index()));
                row.put("w", w);
                rows.add(row);
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("o", o);
        model.put("rows", rows);
        model.put("generatedOn", diary.today(patient));
        model.put("phq9", QuestionnaireService.phq9Change(o.questionnaires()).orElse(null));
        byte[] document = pdf.render("outcomes/outcomes-pdf", model);
        audit.record(AuditEvent.success("EXPORT", "Outcomes", "pdf", patient));
        return download(document, "headache-outcomes.pdf", "application/pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
