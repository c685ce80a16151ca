package org.ketapath.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An instrument as other modules may publish it (the FHIR facade's Questionnaire): its items with their texts only
 * when the instrument's texts are free to reproduce ({@code textsFree}); a licensed instrument's texts are never
 * given out here, even when the deployment supplied them for its own pages.
 *
 * @param textsFree whether the item texts may be reproduced (the definition's {@code itemTexts} is {@code free})
 * @param licence the licence note of the definition, as written there
 * @param source the citation of the definition, as written there
 */
public record InstrumentForm(
        String id,
        String title,
        String shortTitle,
        String instructions,
        boolean textsFree,
        String licence,
        String source,
        List<FormItem> items) {

    public InstrumentForm {
        items = List.copyOf(items);
    }

    /**
     * One item. {@code type} is {@code integer}, {@code choice} or {@code boolean}; an integer item with labelled
     * values and a choice item list their {@code choices}; {@code text} is null when it may not be reproduced.
     */
    public record FormItem(
            String id,
            @Nullable String text,
            String type,
            @Nullable Integer min,
            @Nullable Integer max,
            List<Choice> choices) {

        public FormItem {
            choices = List.copyOf(choices);
        }
    }

    /** An answer: the value sent in the assessment's JSON, its label, and its points. */
    public record Choice(String value, String label, int points) {}
}
