package org.ketapath.assessment.domain;

import org.jspecify.annotations.Nullable;

/**
 * One question of an instrument. {@code answer} overrides the instrument's default; {@code inTotal=false}
 * keeps it out of the total; {@code reportAs} returns its value under that name beside the total.
 * {@code text} is absent for licensed instruments unless the deployment supplies it.
 */
public record Item(
        String id,
        @Nullable String text,
        @Nullable AnswerSpec answer,
        @Nullable Boolean inTotal,
        @Nullable String reportAs) {

    public boolean countsInTotal() {
        return inTotal == null || inTotal;
    }

    Item withText(String newText) {
        return new Item(id, newText, answer, inTotal, reportAs);
    }
}
