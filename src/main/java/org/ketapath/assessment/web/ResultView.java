package org.ketapath.assessment.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.AssessmentResult;
import org.ketapath.assessment.domain.Band;
import org.ketapath.assessment.domain.Condition;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.Outcome;
import org.ketapath.assessment.domain.Score;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A result in plain words for the result page. Help comes first when self-harm or a headache emergency is
 * reported; booking and "find providers" are offered only when the result allows it ({@link
 * AssessmentResult#offersBooking()}); otherwise the page links to information instead.
 */
public record ResultView(
        AssessmentResult result,
        String title,
        String explanation,
        boolean helpFirst,
        boolean offersBooking,
        @Nullable String evidence,
        List<ScoreLine> scores,
        @Nullable String providersHref,
        @Nullable String consultationHref,
        String informationHref,
        String informationText,
        String expires,
        boolean expiresInVisitorZone) {

    /** US style, as everywhere on the site: "Wed, Dec 2, 2026, 9:00 AM EST". */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a z", Locale.US);

    /** The evidence for migraine, in the guideline's own words, with its source. */
    static final String MIGRAINE_EVIDENCE = "The evidence for ketamine in migraine is weak: the 2018 pain-medicine"
            + " consensus guideline (Cohen et al.) found \"weak or no evidence\" for headache.";

    static final String MIGRAINE_EVIDENCE_SOURCE = "https://doi.org/10.1097/AAP.0000000000000808";

    private static final ZoneId UTC = ZoneId.of("UTC");

    public record ScoreLine(String title, int total, String band) {}

    public String evidenceSource() {
        return MIGRAINE_EVIDENCE_SOURCE;
    }

    static ResultView of(AssessmentResult result, InstrumentCatalog catalog, Optional<ZoneId> visitorZone) {
        List<ScoreLine> scores =
                result.scores().stream().map(s -> line(s, catalog)).toList();
        boolean helpFirst = result.crisisSupport() || result.urgentCare();
        boolean booking = result.offersBooking();
        UriComponentsBuilder providers = UriComponentsBuilder.fromPath("/providers")
                .queryParam("zip", result.zip())
                .queryParam("condition", result.condition().name());
        // Carried to the provider and booking pages, so a booking can share this result with the clinic.
        providers.queryParam("assessment", result.id());
        boolean migraine = result.condition() == Condition.MIGRAINE;
        String expires = result.expiresAt() == null
                ? ""
                : TIME.withZone(visitorZone.orElse(UTC)).format(result.expiresAt());
        return new ResultView(
                result,
                title(result.outcome()),
                explanation(result.outcome(), helpFirst),
                helpFirst,
                booking,
                migraine && result.outcome() == Outcome.LIKELY_CANDIDATE ? MIGRAINE_EVIDENCE : null,
                scores,
                booking ? providers.build().encode().toUriString() : null,
                booking
                        ? providers
                                .queryParam("consultation", "free")
                                .build()
                                .encode()
                                .toUriString()
                        : null,
                migraine ? "/learn/ketamine-for-migraine" : "/learn",
                migraine ? "Read about ketamine for migraine: evidence and risks" : "Read about ketamine therapy",
                expires,
                visitorZone.isPresent());
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
                return "A consultation about ketamine therapy may be worthwhile";
            case CLINICIAN_REVIEW:
                return "A clinician should look at your answers with you";
            default:
                return "Ketamine therapy is not suitable for you right now";
        }
    }

    static String explanation(Outcome outcome, boolean helpFirst) {
        if (helpFirst) {
            return "Your safety comes first: please use the help above now. When you are safe, talk to your own"
                    + " doctor about your answers. The reasons for this result are below.";
        }
        switch (outcome) {
            case LIKELY_CANDIDATE:
                return "From your answers, a consultation with a licensed clinician may be worthwhile. Only that"
                        + " clinician can decide whether ketamine therapy is right for you, after talking with you and"
                        + " examining you.";
            case CLINICIAN_REVIEW:
                return "Ketamine therapy may still be possible, but something in your answers needs a clinician's"
                        + " judgement first. The reasons are below. A free consultation is the way to find out.";
            default:
                return "Something in your answers means ketamine therapy should not be started now. The reasons are"
                        + " below. This is not a judgement of you, and it may change. Please talk to your own doctor,"
                        + " who can look at other treatments that may help.";
        }
    }
}
