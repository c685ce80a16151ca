package org.ketapath.workspace.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time the workspace decides with: a {@link Clock} bean when there is one (tests move it), else the system's. */
@Component
public class WorkspaceClock {

    private final Clock clock;

    WorkspaceClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }
}
