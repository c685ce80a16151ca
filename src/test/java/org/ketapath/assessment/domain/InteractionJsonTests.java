package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The interaction's JSON keeps the fields clients had and adds the class in words, the match and the sources. */
class InteractionJsonTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void an_interaction_keeps_its_first_fields_and_adds_its_words_match_evidence_and_linked_sources() {
        Interaction interaction =
                new InteractionCatalog().find(List.of("alprazolom 1 mg")).get(0);

        JsonNode node = json.readTree(json.writeValueAsString(interaction));

        assertThat(node.get("medication").asString()).isEqualTo("alprazolom 1 mg");
        assertThat(node.get("drugClass").asString()).isEqualTo("BENZODIAZEPINE");
        assertThat(node.get("effect").asString()).contains("Read as alprazolam");
        assertThat(node.get("classLabel").asString()).isEqualTo("benzodiazepine");
        assertThat(node.get("matchedName").asString()).isEqualTo("alprazolam");
        assertThat(node.get("match").asString()).isEqualTo("CLOSE_SPELLING");
        assertThat(node.get("evidence").asString()).contains("depression");
        assertThat(node.get("sources").valueStream().map(s -> s.get("url").asString()))
                .contains("https://doi.org/10.3389/fpsyt.2020.00844");
        assertThat(node.get("sources").get(0).get("pmid").asString()).isEqualTo("33005153");
    }

    @Test
    void a_result_stored_before_the_new_fields_still_reads() {
        String stored = """
                {"medication":"Xanax 0.5 mg","drugClass":"BENZODIAZEPINE","effect":"May blunt the effect."}
                """;

        Interaction interaction = json.readValue(stored, Interaction.class);

        assertThat(interaction.medication()).isEqualTo("Xanax 0.5 mg");
        assertThat(interaction.classLabel()).isEqualTo("benzodiazepine");
        assertThat(interaction.sources()).isEmpty();
        assertThat(interaction.match()).isNull();
        assertThat(new Interaction("x", "NMDA_ANTAGONIST", "e").classLabel()).isEqualTo("nmda antagonist");
    }
}
