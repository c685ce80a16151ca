package org.ketapath.treatment.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ketapath.treatment.domain.SessionRecord.VitalsDue;
import org.ketapath.treatment.domain.SessionRecord.VitalsView;

/**
 * When the next reading is due: every N minutes (clinic setting) from the first dose until discharge; for
 * esketamine, about 40 minutes after the dose (REMS), then at discharge.
 */
final class VitalsSchedule {

    private VitalsSchedule() {}

    static @Nullable VitalsDue due(SessionRecord r, Thresholds t, Instant now) {
        Instant dose = r.firstDoseAt();
        if (r.status() != SessionStatus.OPEN || dose == null || r.discharge() != null) {
            return null;
        }
        if (r.esketamine()) {
            boolean at40 = r.vitals().stream().anyMatch(v -> {
                long m = Duration.between(dose, v.at()).toMinutes();
                return m >= 30 && m <= 50;
            });
            Instant due = dose.plus(Duration.ofMinutes(40));
            return at40 ? null : new VitalsDue(due, now.isAfter(due.plus(Duration.ofMinutes(10))));
        }
        Instant last = r.sessionReadings().stream()
                .map(VitalsView::at)
                .filter(at -> !at.isBefore(dose))
                .max(Instant::compareTo)
                .orElse(dose);
        Instant due = last.plus(Duration.ofMinutes(t.vitalsIntervalMinutes()));
        return new VitalsDue(due, now.isAfter(due));
    }
}
