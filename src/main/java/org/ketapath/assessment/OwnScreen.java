package org.ketapath.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One instrument answered in a result an account owns (the FHIR facade's QuestionnaireResponse and Observation).
 *
 * @param reference the result's share reference (not its id, which grants access)
 * @param instrument the instrument's id ({@code phq-9})
 * @param answers item id to the answer as sent (integer, string or boolean); unanswered items are absent
 * @param band the band's label ("Mild depression")
 */
public record OwnScreen(
        UUID reference, String instrument, Instant answeredAt, Map<String, Object> answers, int total, String band) {

    public OwnScreen {
        answers = Map.copyOf(answers);
    }
}
