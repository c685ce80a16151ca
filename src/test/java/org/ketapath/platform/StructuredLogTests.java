package org.ketapath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The log file is structured: one JSON object (Elastic Common Schema) per line. */
@SpringBootTest
class StructuredLogTests {

    @Test
    void log_file_holds_one_ecs_json_object_per_line() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("target/test-logs/ketapath.log"));

        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines.subList(Math.max(0, lines.size() - 50), lines.size())) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp")).as(line).isTrue();
            assertThat(entry.has("log")).as(line).isTrue();
            assertThat(entry.has("message")).as(line).isTrue();
        }
    }
}
