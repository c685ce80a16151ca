package org.ketapath.outcomes.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.ketapath.identity.ConsentApi;
import org.ketapath.outcomes.OutcomesApi;
import org.ketapath.outcomes.PatientOutcomes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outcomes facade other modules use. */
@Service
class OutcomesFacade implements OutcomesApi {

    private final QuestionnaireRepository questionnaires;
    private final OutcomeService outcomes;
    private final ConsentApi consents;
    private final AuditTrail audit;
    private final OutcomesClock clock;
    private final QuestionnaireService questionnaireService;

    OutcomesFacade(
            QuestionnaireRepository questionnaires,
            OutcomeService outcomes,
            ConsentApi consents,
            AuditTrail audit,
            OutcomesClock clock,
            QuestionnaireService questionnaireService) {
        this.questionnaireService = questionnaireService;
        this.questionnaires = questionnaires;
        this.outcomes = outcomes;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<DueQuestionnaire> dueQuestionnaires(UUID patientId) {
        return questionnaireService.due(patientId).stream()
                .map(d -> new DueQuestionnaire(d.instrument(), d.title(), d.due(), d.when()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelfHarmAnswer> selfHarmAnswers(UUID clinicId) {
        List<SelfHarmAnswer> answers = questionnaires.selfHarm(
                clinicId, clock.today(DiaryService.DEFAULT_ZONE).minusDays(30));
        audit.record(AuditEvent.success("READ", QuestionnaireService.TYPE, null, null)
                .forClinic(clinicId));
        return answers;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PatientOutcomes> forClinic(UUID staffId, UUID clinicId, UUID patientId) {
        if (!consents.mayAccess(staffId, clinicId, patientId, ConsentApi.Scope.DIARY)) {
            audit.record(AuditEvent.success("READ", OutcomeService.TYPE, null, patientId)
                    .forClinic(clinicId)
                    .withOutcome(AuditEvent.Outcome.DENIED));
            return Optional.empty();
        }
        PatientOutcomes result = outcomes.atClinic(patientId, clinicId);
        audit.record(
                AuditEvent.success("READ", OutcomeService.TYPE, null, patientId).forClinic(clinicId));
        return Optional.of(result);
    }
}
