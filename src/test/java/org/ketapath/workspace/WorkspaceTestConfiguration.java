package org.ketapath.workspace;

import java.time.Instant;
import org.ketapath.scheduling.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The one clock of workspace tests: every module reads it, so tests set the day and move through it. */
@TestConfiguration(proxyBeanMethods = false)
public class WorkspaceTestConfiguration {

    /** Tuesday, December 1, 2026, 7:00 AM in New York. */
    public static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @Bean
    MutableClock workspaceTestClock() {
        return new MutableClock(START);
    }
}
