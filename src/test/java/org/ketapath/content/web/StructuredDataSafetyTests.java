package org.ketapath.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataSafetyTests {

    @Test
    void json_ld_cannot_close_its_script_element_and_still_parses_to_the_same_text() {
        String hostile = "</script><script>alert(1)</script><!-- & -->";
        String json = JsonMapper.builder().build().writeValueAsString(java.util.Map.of("name", hostile));

        String safe = StructuredData.safe(json);

        assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode parsed = JsonMapper.builder().build().readTree(safe);
        assertThat(parsed.get("name").asString()).isEqualTo(hostile);
    }

    @Test
    void public_base_url_loses_its_trailing_slash_and_must_be_http() {
        assertThat(new PublicSite("https://ketapath.example/").url("/learn"))
                .isEqualTo("https://ketapath.example/learn");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PublicSite("ketapath.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
