package org.ketapath.outcomes.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.ketapath.assessment.MedicineNames;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads acute medicines as typed into their {@link MedicationClass}, with the assessment's name handling (any
 * case, doses ignored, one slip in a long word): the classes and names are {@value #RESOURCE}. A name not listed
 * is {@link MedicationClass#OTHER}. A broken file stops the app at startup.
 */
@Component
public class AcuteMedicines {

    static final String RESOURCE = "outcomes/acute-medicines.json";

    private final MedicineNames names;

    public AcuteMedicines() {
        this.names = MedicineNames.of(read().classes());
    }

    /** The class of a medicine as typed. */
    public MedicationClass classify(String typed) {
        return names.classify(typed)
                .map(m -> MedicationClass.valueOf(m.classId()))
                .orElse(MedicationClass.OTHER);
    }

    private static CatalogFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            CatalogFile file = JsonMapper.builder().build().readValue(in, CatalogFile.class);
            file.classes().keySet().forEach(MedicationClass::valueOf);
            return file;
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    record CatalogFile(String about, Map<String, List<String>> classes) {}
}
