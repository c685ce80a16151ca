package org.ketapath.outcomes.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketapath.treatment.TreatmentApi.CourseSummary;

/**
 * When repeated questionnaires fall due (issue 16): PHQ-9 and GAD-7 for psychiatric courses before the first
 * session, every 2 weeks during the course and monthly for 3 months after it; MIDAS for migraine at the start and 3
 * months after the first session. An occasion is met by an answer from 7 days before its date to 13 days after;
 * after that it is missed and no longer asked. Pure: no clock, no database.
 */
public final class QuestionnaireSchedule {

    static final int EARLY_DAYS = 7;
    static final int LATE_DAYS = 13;
    static final int EVERY_DAYS_DURING = 14;
    static final int EVERY_DAYS_AFTER = 30;

    private QuestionnaireSchedule() {}

    /**
     * An occasion to answer a questionnaire.
     *
     * @param instrument phq-9, gad-7 or midas
     * @param due the day it is due
     * @param when in words ("before your first session")
     */
    public record Occasion(String instrument, LocalDate due, String when) {}

    /** The course's occasions up to {@code today} plus the next 2 weeks. */
    public static List<Occasion> occasions(CourseSummary c, ZoneId zone, LocalDate today) {
        List<Occasion> out = new ArrayList<>();
        LocalDate created = LocalDate.ofInstant(c.createdAt(), zone);
        if (c.firstDoseAt() != null
                && LocalDate.ofInstant(c.firstDoseAt(), zone).isBefore(created)) {
            created = LocalDate.ofInstant(c.firstDoseAt(), zone); // a course recorded after its first session
        }
        boolean psychiatric =
                !c.condition().equals("MIGRAINE") && !c.condition().equals("CHRONIC_PAIN");
        List<String> instruments = psychiatric
                ? List.of("phq-9", "gad-7")
                : c.condition().equals("MIGRAINE") ? List.of("midas") : List.of();
        if (instruments.isEmpty()) {
            return out;
        }
        LocalDate start = created;
        instruments.forEach(i -> out.add(new Occasion(i, start, "before your first session")));
        if (c.firstDoseAt() == null) {
            return out;
        }
        LocalDate first = LocalDate.ofInstant(c.firstDoseAt(), zone);
        if (!psychiatric) {
            out.add(new Occasion("midas", first.plusDays(90), "3 months after your first session"));
            return out;
        }
        boolean complete = c.signedSessions().size() >= c.plannedSessions();
        LocalDate last = c.signedSessions().isEmpty()
                        || c.signedSessions().get(c.signedSessions().size() - 1).doseAt() == null
                ? first
                : LocalDate.ofInstant(
                        c.signedSessions().get(c.signedSessions().size() - 1).doseAt(), zone);
        LocalDate horizon = today.plusDays(EVERY_DAYS_DURING);
        for (LocalDate d = first.plusDays(EVERY_DAYS_DURING);
                complete ? !d.isAfter(last) : !d.isAfter(horizon);
                d = d.plusDays(EVERY_DAYS_DURING)) {
            for (String i : instruments) {
                out.add(new Occasion(i, d, "during your course"));
            }
        }
        if (complete) {
            for (int month = 1; month <= 3; month++) {
                LocalDate d = last.plusDays((long) EVERY_DAYS_AFTER * month);
                for (String i : instruments) {
                    out.add(new Occasion(
                            i, d, month == 1 ? "1 month after your course" : month + " months after your course"));
                }
            }
        }
        return out;
    }

    /**
     * The occasions due today and not yet met, at most one per instrument (the latest).
     *
     * @param answered the days each instrument was answered
     */
    public static List<Occasion> due(List<Occasion> occasions, Map<String, List<LocalDate>> answered, LocalDate today) {
        Map<String, Occasion> due = new LinkedHashMap<>();
        for (Occasion o : occasions) {
            boolean open = !o.due().isAfter(today) && !today.isAfter(o.due().plusDays(LATE_DAYS));
            boolean met = answered.getOrDefault(o.instrument(), List.of()).stream()
                    .anyMatch(d -> !d.isBefore(o.due().minusDays(EARLY_DAYS))
                            && !d.isAfter(o.due().plusDays(LATE_DAYS)));
            if (open && !met) {
                due.put(o.instrument(), o);
            }
        }
        return List.copyOf(due.values());
    }
}
