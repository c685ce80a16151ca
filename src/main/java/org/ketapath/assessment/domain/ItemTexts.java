package org.ketapath.assessment.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an instrument's item texts may be shown freely or only under a deployment's licence. */
public enum ItemTexts {
    @JsonProperty("free")
    FREE,
    @JsonProperty("licensed")
    LICENSED
}
