package org.ketapath.outcomes.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.outcomes.domain.DiaryInput;
import org.ketapath.outcomes.domain.DiaryService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patient's headache diary: {@code PUT /api/v1/diary/{date}}, {@code GET /api/v1/diary?from=&to=}. */
@RestController
class DiaryApiController {

    private final DiaryService diary;

    DiaryApiController(DiaryService diary) {
        this.diary = diary;
    }

    @PutMapping("/api/v1/diary/{date}")
    DiaryJson put(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DiaryInput body) {
        UUID patient = OutcomesApiErrors.patient();
        return DiaryJson.of(diary.put(patient, date, body), diary.today(patient));
    }

    /**
     * The diary between two days inclusive (default: the 28 days to today), with the days missing an entry.
     *
     * @param timeZone the zone the days are counted in
     * @param missing days of the range up to today without an entry
     */
    record Range(LocalDate from, LocalDate to, String timeZone, List<DiaryJson> entries, List<LocalDate> missing) {}

    @GetMapping("/api/v1/diary")
    Range get(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        UUID patient = OutcomesApiErrors.patient();
        LocalDate today = diary.today(patient);
        LocalDate end = to != null ? to : (from != null ? from.plusDays(27) : today);
        LocalDate start = from != null ? from : end.minusDays(27);
        var days = diary.days(patient, start, end);
        List<LocalDate> missing = start.datesUntil(end.plusDays(1))
                .filter(d -> !d.isAfter(today) && !days.containsKey(d))
                .toList();
        return new Range(
                start,
                end,
                diary.zone(patient).getId(),
                days.values().stream().map(d -> DiaryJson.of(d, today)).toList(),
                missing);
    }
}
