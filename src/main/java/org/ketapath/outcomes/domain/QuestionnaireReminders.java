package org.ketapath.outcomes.domain;

import java.util.UUID;
import org.ketapath.notification.Mailer;
import org.ketapath.notification.OutgoingEmail;
import org.ketapath.scheduling.PatientContacts;
import org.ketapath.treatment.TreatmentApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails a patient once for each questionnaire occasion that falls due (the outbox's deduplication key makes
 * it once, on any number of nodes). The mail names no questionnaire and no health detail.
 */
@Service
public class QuestionnaireReminders {

    static final String SUBJECT = "A short questionnaire is waiting in KetaPath";
    static final String TEXT = "Your clinic's care plan asks you to answer a short questionnaire now. "
            + "Sign in to KetaPath to answer it; it takes a few minutes.";

    private final QuestionnaireService questionnaires;
    private final TreatmentApi treatment;
    private final Mailer mailer;
    private final PatientContacts contacts;
    private final boolean enabled;

    QuestionnaireReminders(
            QuestionnaireService questionnaires,
            TreatmentApi treatment,
            Mailer mailer,
            PatientContacts contacts,
            @Value("${ketapath.outcomes.reminders.enabled:true}") boolean enabled) {
        this.questionnaires = questionnaires;
        this.treatment = treatment;
        this.mailer = mailer;
        this.contacts = contacts;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${ketapath.outcomes.questionnaire-reminders.interval:1h}", initialDelayString = "2m")
    void scheduled() {
        if (enabled) {
            for (UUID patient : treatment.patientsWithCourses()) {
                remind(patient);
            }
        }
    }

    /** Queues one e-mail per due occasion not mailed before; returns how many are due. */
    @Transactional
    public int remind(UUID patient) {
        var due = questionnaires.due(patient);
        if (due.isEmpty()) {
            return 0;
        }
        contacts.emailOf(patient)
                .ifPresent(to -> due.forEach(d -> mailer.enqueue(new OutgoingEmail(
                        to, SUBJECT, TEXT, "questionnaire-due:" + patient + ":" + d.instrument() + ":" + d.due()))));
        return due.size();
    }
}
