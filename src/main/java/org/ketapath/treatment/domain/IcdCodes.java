package org.ketapath.treatment.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled ICD-10-CM code list ({@code treatment/icd10cm-codes.tsv}, with its source in the file's header): the
 * codes a course may carry, each under the platform condition it belongs to.
 */
@Component
public class IcdCodes {

    static final String RESOURCE = "treatment/icd10cm-codes.tsv";

    /** One code of the list. */
    public record Code(Condition condition, String code, String title) {}

    private final Map<String, Code> codes;

    public IcdCodes() {
        this.codes = load();
    }

    /** The code as listed (case and surrounding spaces ignored), if the list has it. */
    public Optional<Code> find(String code) {
        return Optional.ofNullable(codes.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private static Map<String, Code> load() {
        Map<String, Code> map = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": a line without condition, code and title");
                }
                map.put(cells[1], new Code(Condition.valueOf(cells[0]), cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        return Map.copyOf(map);
    }
}
