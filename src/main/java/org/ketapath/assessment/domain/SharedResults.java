package org.ketapath.assessment.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.assessment.SharedAssessment;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result as its owner shared it with a clinic, found by the reference a booking carries and put in words for
 * the clinic's clinicians. It reads the stored JSON as a tree, so results stored by earlier versions of the
 * assessment (with fewer questions) read the same way.
 */
@Service
public class SharedResults {

    /** Better words than the field names give, for the questions whose names say too little. */
    private static final Map<String, String> QUESTIONS = Map.ofEntries(
            Map.entry("condition", "Condition"),
            Map.entry("ageYears", "Age"),
            Map.entry("zip", "ZIP code"),
            Map.entry("headacheDaysPerMonth", "Headache days a month"),
            Map.entry("averagePain", "Average pain (0-10)"),
            Map.entry("preventiveClassesTried", "Kinds of preventive treatment tried"),
            Map.entry("acuteMedicationDaysPerMonth", "Days a month with acute medicine"),
            Map.entry("uncontrolledHypertension", "High blood pressure that is not under control"),
            Map.entry("psychosisHistory", "Psychosis in the past"),
            Map.entry("substanceUseDisorder", "A current problem with alcohol or drugs"),
            Map.entry("severeLiverDisease", "Severe liver disease"),
            Map.entry("raisedIntracranialOrIntraocularPressure", "Raised pressure in the head or the eyes"),
            Map.entry("unstableHeartDisease", "Unstable heart disease"),
            Map.entry("selfHarmThoughts", "Thoughts of self-harm"),
            Map.entry("setting", "Where to be treated"),
            Map.entry("maxDistanceMiles", "Furthest to travel (miles)"));

    private static final Map<String, String> SECTIONS = Map.of(
            "migraine", "Headaches",
            "safety", "Safety",
            "preferences", "Where to be treated",
            "redFlags", "Headache warning signs",
            "medications", "Medicines");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InstrumentCatalog instruments;
    private final AuditTrail audit;

    SharedResults(JdbcClient jdbc, JsonMapper json, InstrumentCatalog instruments, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.instruments = instruments;
        this.audit = audit;
    }

    /**
     * The owner's result shared under this reference, read on behalf of the clinic (audited as such); empty
     * when the owner has no result with this reference. Whether the clinic may see it is the caller's decision.
     */
    @Transactional(readOnly = true)
    public Optional<SharedAssessment> find(UUID ownerId, UUID reference, UUID clinicId) {
        List<Stored> results = jdbc.sql("""
                        select token_hash, result::text, intake::text, created_at from assessment_result
                         where owner_account_id = :owner order by created_at desc limit 500
                        """)
                .param("owner", ownerId)
                .query((rs, n) -> new Stored(
                        rs.getBytes(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
        return results.stream()
                .filter(stored -> UUID.nameUUIDFromBytes(stored.hash()).equals(reference))
                .findFirst()
                .map(stored -> {
                    audit.record(AuditEvent.success(
                                    "READ",
                                    "Assessment",
                                    "sha256:" + java.util.HexFormat.of().formatHex(stored.hash(), 0, 8),
                                    ownerId)
                            .forClinic(clinicId));
                    return describe(reference, stored);
                });
    }

    private SharedAssessment describe(UUID reference, Stored stored) {
        JsonNode result = json.readTree(stored.resultJson());
        JsonNode intake = json.readTree(stored.intakeJson());
        String outcome = result.path("outcome").asString("CLINICIAN_REVIEW");
        List<String> contraindications = new ArrayList<>();
        for (Map.Entry<String, JsonNode> answer : intake.path("safety").properties()) {
            if (!answer.getKey().equals("selfHarmThoughts")
                    && answer.getValue().isBoolean()
                    && answer.getValue().asBoolean()) {
                contraindications.add(question(answer.getKey()));
            }
        }
        List<SharedAssessment.Reason> reasons = new ArrayList<>();
        result.path("reasons")
                .values()
                .forEach(r -> reasons.add(new SharedAssessment.Reason(
                        r.path("text").asString(""), r.path("source").asString(""))));
        List<SharedAssessment.Interaction> interactions = new ArrayList<>();
        result.path("interactions")
                .values()
                .forEach(i -> interactions.add(new SharedAssessment.Interaction(
                        i.path("medication").asString(""),
                        i.path("classLabel").asString("").isBlank()
                                ? words(i.path("drugClass").asString(""))
                                : i.path("classLabel").asString(""),
                        i.path("effect").asString(""))));
        List<SharedAssessment.Score> scores = new ArrayList<>();
        result.path("scores").values().forEach(s -> scores.add(score(s)));
        return new SharedAssessment(
                reference,
                stored.createdAt(),
                condition(result.path("condition").asString("")),
                outcome,
                outcomeInWords(outcome),
                result.path("crisisSupport").asBoolean(false),
                result.path("urgentCare").asBoolean(false),
                contraindications,
                reasons,
                interactions,
                scores,
                answers(intake));
    }

    private SharedAssessment.Score score(JsonNode s) {
        String id = s.path("instrument").asString("");
        Optional<Instrument> instrument = instruments.find(id);
        String band = s.path("band").asString("");
        String bandLabel =
                instrument.flatMap(i -> i.band(band)).map(Band::label).orElse(band);
        List<String> flags = new ArrayList<>();
        s.path("flags").values().forEach(f -> flags.add(words(f.asString(""))));
        return new SharedAssessment.Score(
                instrument.map(Instrument::shortTitle).orElse(id),
                s.path("total").asInt(0),
                bandLabel,
                flags);
    }

    /** Every answer in the order asked: about you, headaches, questionnaires, safety, medicines, where. */
    private List<SharedAssessment.Answer> answers(JsonNode intake) {
        List<SharedAssessment.Answer> answers = new ArrayList<>();
        for (String field : List.of("condition", "ageYears", "zip")) {
            JsonNode value = intake.path(field);
            if (!value.isMissingNode() && !value.isNull()) {
                answers.add(new SharedAssessment.Answer(
                        "About you",
                        question(field),
                        field.equals("condition") ? condition(value.asString("")) : value.asString("")));
            }
        }
        for (Map.Entry<String, JsonNode> section : intake.properties()) {
            String name = section.getKey();
            JsonNode value = section.getValue();
            if (name.equals("condition") || name.equals("ageYears") || name.equals("zip") || value.isNull()) {
                continue;
            }
            if (name.equals("screens")) {
                value.properties().forEach(screen -> screenAnswers(screen.getKey(), screen.getValue(), answers));
            } else if (name.equals("medications")) {
                List<String> names = new ArrayList<>();
                value.values().forEach(m -> names.add(m.asString("")));
                answers.add(new SharedAssessment.Answer(
                        SECTIONS.get(name), "Medicines taken", names.isEmpty() ? "None" : String.join(", ", names)));
            } else if (value.isObject()) {
                String sectionName = SECTIONS.getOrDefault(name, words(name));
                value.properties().forEach(answer -> {
                    if (!answer.getValue().isNull()) {
                        answers.add(new SharedAssessment.Answer(
                                sectionName, question(answer.getKey()), answer(answer.getValue())));
                    }
                });
            }
        }
        return answers;
    }

    private void screenAnswers(String instrumentId, JsonNode given, List<SharedAssessment.Answer> answers) {
        Optional<Instrument> instrument = instruments.find(instrumentId);
        String section = instrument.map(Instrument::shortTitle).orElse(instrumentId);
        given.properties().forEach(entry -> {
            Optional<Item> item = instrument.flatMap(i -> i.item(entry.getKey()));
            String question = item.map(Item::text).orElse(null);
            String answer = instrument
                    .flatMap(i -> item.map(it -> label(i.answerOf(it), entry.getValue())))
                    .orElse(answer(entry.getValue()));
            answers.add(new SharedAssessment.Answer(
                    section, question == null ? "Question " + entry.getKey() : question, answer));
        });
    }

    private static String label(AnswerSpec spec, JsonNode value) {
        if (spec.type() == AnswerType.INTEGER && value.isNumber() && spec.labels() != null && spec.min() != null) {
            int index = value.asInt() - spec.min();
            if (index >= 0 && index < spec.labels().size()) {
                return spec.labels().get(index) + " (" + value.asInt() + ")";
            }
        }
        if (spec.type() == AnswerType.CHOICE && spec.options() != null) {
            for (AnswerOption option : spec.options()) {
                if (option.value().equals(value.asString(""))) {
                    return option.label();
                }
            }
        }
        return answer(value);
    }

    private static String answer(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "Yes" : "No";
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(p -> parts.add(words(p.getKey()) + " " + answer(p.getValue())));
            return String.join(", ", parts);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.values().forEach(v -> parts.add(answer(v)));
            return String.join(", ", parts);
        }
        String text = value.asString("");
        return text.matches("[A-Z_]+") ? words(text) : text;
    }

    private static String question(String field) {
        return QUESTIONS.getOrDefault(field, words(field));
    }

    /** "uncontrolledHypertension" and "IN_CLINIC" become "Uncontrolled hypertension" and "In clinic". */
    static String words(String name) {
        String spaced = name.contains("_")
                ? name.replace('_', ' ').toLowerCase(Locale.US)
                : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.US);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String condition(String name) {
        try {
            return Condition.valueOf(name).label();
        } catch (IllegalArgumentException e) {
            return words(name);
        }
    }

    static String outcomeInWords(String outcome) {
        return switch (outcome) {
            case "LIKELY_CANDIDATE" -> "Likely candidate";
            case "NOT_SUITABLE_NOW" -> "Not suitable now";
            default -> "A clinician should review";
        };
    }

    private record Stored(byte[] hash, String resultJson, String intakeJson, Instant createdAt) {}
}
