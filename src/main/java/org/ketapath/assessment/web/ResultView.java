package org.ketapath.assessment.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ketapath.assessment.domain.AssessmentResult;
import org.ketapath.assessment.domain.Band;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Outcome;
import org.ketapath.assessment.domain.Score;
import org.springframework.web.util.UriComponentsBuilder;

/** A result in plain words for the result page. */
public record ResultView(
        AssessmentResult result,
        String title,
        String explanation,
        List<ScoreLine> scores,
        String providersHref,
        String consultationHref,
        String expires) {

    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm 'UTC'", Locale.US).withZone(ZoneOffset.UTC);

    public record ScoreLine(String title, int total, String band) {}

    static ResultView of(AssessmentResult result, InstrumentCatalog catalog) {
        List<ScoreLine> scores =
                result.scores().stream().map(s -> line(s, catalog)).toList();
        UriComponentsBuilder providers = UriComponentsBuilder.fromPath("/providers")
                .queryParam("zip", result.zip())
                .queryParam("condition", result.condition().name());
        // Carried to the provider and booking pages, so a booking can share this result with the clinic.
        providers.queryParam("assessment", result.id());
        return new ResultView(
                result,
                title(result.outcome()),
                explanation(result.outcome()),
                scores,
                providers.build().encode().toUriString(),
                providers.queryParam("consultation", "free").build().encode().toUriString(),
                result.expiresAt() == null ? "" : EXPIRY.format(result.expiresAt()));
    }

    private static ScoreLine line(Score score, InstrumentCatalog catalog) {
        Instrument instrument = catalog.find(score.instrument()).orElse(null);
        if (instrument == null) {
            return new ScoreLine(score.instrument(), score.total(), score.band());
        }
        String band = instrument.band(score.band()).map(Band::label).orElse(score.band());
        return new ScoreLine(instrument.shortTitle(), score.total(), band);
    }

    static String title(Outcome outcome) {
        switch (outcome) {
            case LIKELY_CANDIDATE:
                return "Ketamine therapy may fit you";
            case CLINICIAN_REVIEW:
                return "A clinician should look at your answers with you";
            default:
                return "Ketamine therapy is not suitable for you right now";
        }
    }

    static String explanation(Outcome outcome) {
        switch (outcome) {
            case LIKELY_CANDIDATE:
                return "From your answers, you are the kind of person ketamine therapy has been studied in, and"
                        + " nothing you told us rules it out. Only a licensed clinician can decide whether it is"
                        + " right for you: the next step is a free consultation.";
            case CLINICIAN_REVIEW:
                return "Ketamine therapy may still be possible, but something in your answers needs a clinician's"
                        + " judgement first. The reasons are below. A free consultation is the way to find out.";
            default:
                return "Something in your answers means ketamine therapy should not be started now. This is not"
                        + " a judgement of you, and it may change. Your own doctor can talk with you about other"
                        + " treatments that may help.";
        }
    }
}
