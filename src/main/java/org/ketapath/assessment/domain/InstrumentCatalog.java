package org.ketapath.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every instrument definition under {@code classpath:assessment/instruments/}, loaded and validated once at
 * startup. Adding an instrument is adding a file: no Java changes.
 */
@Component
public class InstrumentCatalog {

    private final Map<String, Instrument> instruments;

    public InstrumentCatalog(AssessmentSettings settings) {
        this.instruments = load(settings.instruments(), settings);
    }

    public List<Instrument> all() {
        return List.copyOf(instruments.values());
    }

    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(instruments.get(id));
    }

    private static Map<String, Instrument> load(String location, AssessmentSettings settings) {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new InstrumentDefinitionException(location, "cannot be listed", e);
        }
        Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        Map<String, Instrument> loaded = new LinkedHashMap<>();
        for (Resource resource : resources) {
            String name = "assessment/instruments/" + resource.getFilename();
            Instrument instrument;
            try (InputStream in = resource.getInputStream()) {
                instrument = mapper.readValue(in, Instrument.class);
            } catch (IOException | JacksonException | NullPointerException e) {
                throw new InstrumentDefinitionException(name, "cannot be read: " + e.getMessage(), e);
            }
            InstrumentValidator.validate(instrument, name);
            if (loaded.put(instrument.id(), withLicensedTexts(instrument, settings, name)) != null) {
                throw new InstrumentDefinitionException(name, "id " + instrument.id() + " is defined twice");
            }
        }
        if (loaded.isEmpty()) {
            throw new InstrumentDefinitionException(location, "no instrument definitions found");
        }
        return loaded;
    }

    /** Fills in licensed item texts when the deployment enables them (and then requires every one). */
    private static Instrument withLicensedTexts(Instrument instrument, AssessmentSettings settings, String name) {
        AssessmentSettings.LicensedContent licence = settings.licensedContent().get(instrument.id());
        if (instrument.itemTexts() != ItemTexts.LICENSED || licence == null || !licence.enabled()) {
            return instrument;
        }
        Map<String, String> texts = licence.texts() == null ? Map.of() : licence.texts();
        List<Item> items = new ArrayList<>();
        for (Item item : instrument.items()) {
            String text = texts.get(item.id());
            if (text == null || text.isBlank()) {
                throw new InstrumentDefinitionException(
                        name,
                        "licensed content is enabled but ketapath.assessment.licensed-content." + instrument.id()
                                + ".texts." + item.id() + " is not set");
            }
            items.add(item.withText(text.trim()));
        }
        return instrument.withItems(items);
    }
}
