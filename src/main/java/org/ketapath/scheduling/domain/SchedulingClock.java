package org.ketapath.scheduling.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time scheduling decides with: a {@link Clock} bean when there is one (tests move it), else the system's. */
@Component
class SchedulingClock {

    private final Clock clock;

    SchedulingClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Instant now() {
        return clock.instant();
    }
}
