package org.ketapath.assessment.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an item is answered: a whole number in a range, one of a list of choices, or yes/no. */
public enum AnswerType {
    @JsonProperty("integer")
    INTEGER,
    @JsonProperty("choice")
    CHOICE,
    @JsonProperty("boolean")
    BOOLEAN
}
