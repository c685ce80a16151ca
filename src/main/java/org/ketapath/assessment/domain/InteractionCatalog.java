package org.ketapath.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interacting drug classes of {@code assessment/interactions.json}, matched by brand or generic name in
 * any case with doses and forms ignored ("XANAX 0.5mg", "alprazolam er", "lamictal").
 */
@Component
public class InteractionCatalog {

    static final String RESOURCE = "assessment/interactions.json";

    private final List<DrugClass> classes;

    public InteractionCatalog() {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.classes = List.copyOf(mapper.readValue(in, Catalog.class).classes());
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
        for (DrugClass drugClass : classes) {
            if (drugClass.names().isEmpty() || !drugClass.drugClass().matches("[A-Z_]+")) {
                throw new IllegalStateException(RESOURCE + ": class " + drugClass.drugClass() + " is invalid");
            }
        }
    }

    /** Every interaction among the medicines, in the order given; a medicine may match more than one class. */
    public List<Interaction> find(List<String> medications) {
        List<Interaction> found = new ArrayList<>();
        for (String medication : medications) {
            List<String> words = words(medication);
            for (DrugClass drugClass : classes) {
                if (drugClass.names().stream().anyMatch(name -> containsRun(words, words(name)))) {
                    found.add(new Interaction(medication.trim(), drugClass.drugClass(), drugClass.effect()));
                }
            }
        }
        return found;
    }

    /** Lower-case words with doses (0.5mg, 10 mg, 2%) and punctuation removed. */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\d+([.,]\\d+)?\\s*(mg|mcg|µg|ug|g|ml|%|iu|units?)?\\b", " ")
                .replaceAll("[^a-z]+", " ")
                .trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty()) {
            return false;
        }
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    record Catalog(String note, List<DrugClass> classes) {}

    record DrugClass(String drugClass, String effect, String source, List<String> names) {}
}
