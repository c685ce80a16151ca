package org.ketapath.assessment.domain;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A medicine the person takes that a clinician should weigh: a flag for review, never a diagnosis.
 *
 * <p>{@code medication} is the name as typed, {@code drugClass} the class id and {@code effect} what it may do, in
 * plain words (the fields every client has had). {@code classLabel} names the class in words, {@code matchedName}
 * is the catalogue name the medicine was read as and {@code match} whether it was typed exactly or one slip away;
 * {@code evidence} says where the evidence comes from and {@code sources} are the references behind it. A result
 * stored before these fields existed reads them as the class id in words, absent and an empty list.
 */
public record Interaction(
        String medication,
        String drugClass,
        String effect,
        String classLabel,
        @Nullable String matchedName,
        @Nullable Match match,
        @Nullable String evidence,
        List<InteractionSource> sources) {

    /** How the medicine as typed matched the catalogue name. */
    public enum Match {
        /** Every word as in the catalogue, in any case, doses aside. */
        EXACT,
        /** One word one slip away (a letter added, missing, changed, or two swapped). */
        CLOSE_SPELLING
    }

    @SuppressWarnings("ConstantValue") // results stored before these fields existed hold no value for them
    public Interaction {
        if (classLabel == null || classLabel.isBlank()) {
            classLabel = drugClass.toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An interaction known only by its class and effect, as the first version of the API had it. */
    public Interaction(String medication, String drugClass, String effect) {
        this(medication, drugClass, effect, "", null, null, null, List.of());
    }
}
