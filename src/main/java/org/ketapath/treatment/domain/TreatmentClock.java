package org.ketapath.treatment.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time treatment records with: the platform's {@link Clock} bean when there is one, else the system's. */
@Component
class TreatmentClock {

    private final Clock clock;

    TreatmentClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant();
    }
}
