package org.ketapath.assessment.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.Instrument;
import org.ketapath.assessment.domain.InstrumentCatalog;
import org.ketapath.assessment.domain.ItemTexts;
import org.ketapath.assessment.domain.Score;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The instruments and their scoring, open to anyone. */
@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentApiController {

    private final InstrumentCatalog catalog;

    InstrumentApiController(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    record InstrumentSummary(
            String id,
            String title,
            int itemCount,
            String licence,
            String source,
            boolean itemTextsLicensed,
            boolean itemTextsAvailable) {}

    record ScoreRequest(@Nullable Map<String, @Nullable Object> answers) {}

    @GetMapping
    List<InstrumentSummary> list() {
        return catalog.all().stream()
                .map(i -> new InstrumentSummary(
                        i.id(),
                        i.title(),
                        i.items().size(),
                        i.licence(),
                        i.source(),
                        i.itemTexts() == ItemTexts.LICENSED,
                        i.textsAvailable()))
                .toList();
    }

    /** One instrument as a client renders it: items with their answer options; licensed texts only when licensed. */
    @GetMapping("/{id}")
    InstrumentView definition(@PathVariable String id) {
        return InstrumentView.of(catalog.find(id).orElseThrow(() -> Problems.notFound("No instrument has this id.")));
    }

    @PostMapping("/{id}/score")
    Score score(@PathVariable String id, @RequestBody ScoreRequest request) {
        Instrument instrument = catalog.find(id).orElseThrow(() -> Problems.notFound("No instrument has this id."));
        return Problems.rejectingInput(() -> instrument.score(request.answers(), "answers."));
    }
}
