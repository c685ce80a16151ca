package org.ketapath.assessment.domain;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instrument's result: total, band, flags and any reported item values (such as MIDAS {@code
 * headacheDays}), which appear beside the total in JSON.
 */
@JsonPropertyOrder({"instrument", "total", "band", "flags"})
public record Score(
        String instrument,
        int total,
        String band,
        List<String> flags,
        @JsonAnySetter @JsonAnyGetter Map<String, Integer> reported) {

    public Score {
        flags = List.copyOf(flags);
        reported = reported == null ? new LinkedHashMap<>() : new LinkedHashMap<>(reported);
    }

    public boolean hasFlag(String code) {
        return flags.contains(code);
    }
}
