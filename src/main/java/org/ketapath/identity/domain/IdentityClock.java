package org.ketapath.identity.domain;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The clock identity uses: the application's single {@link Clock} bean if there is one (tests), else UTC. */
@Component
public class IdentityClock {

    private final Clock clock;

    IdentityClock(ObjectProvider<Clock> clocks) {
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    public Clock clock() {
        return clock;
    }
}
