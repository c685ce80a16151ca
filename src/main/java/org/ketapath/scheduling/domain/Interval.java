package org.ketapath.scheduling.domain;

import java.time.Instant;

/** A half-open time range [start, end) in UTC. */
record Interval(Instant start, Instant end) {

    Interval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("an interval ends after it starts");
        }
    }

    boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    boolean contains(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
