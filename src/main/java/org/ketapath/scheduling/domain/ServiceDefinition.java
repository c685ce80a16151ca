package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ketapath.scheduling.ServiceType;

/**
 * How long a clinic's service takes, in phases (pre-check, main, monitoring), and its buffers, with what each
 * phase needs: a consultation or at-home session needs a practitioner throughout; an infusion needs a
 * practitioner for the pre-check, a chair for the whole visit and a nurse-coverage slot from the infusion's
 * start to the end of monitoring; an injection needs a practitioner and a chair.
 */
public record ServiceDefinition(ServiceType type, int pre, int main, int post, int bufferBefore, int bufferAfter) {

    public Duration visit() {
        return Duration.ofMinutes(pre + main + post);
    }

    /** The visit plus buffers, which must fit in opening hours. */
    Duration footprint() {
        return Duration.ofMinutes(bufferBefore + pre + main + post + bufferAfter);
    }

    /** Whether a visit takes an infusion chair (so it happens at one of the clinic's locations with chairs). */
    public boolean usesChair() {
        return type == ServiceType.IV_INFUSION || type == ServiceType.IM_INJECTION;
    }

    List<Need> needs(Instant start) {
        Instant before = start.minus(Duration.ofMinutes(bufferBefore));
        Instant end = start.plus(visit());
        Instant after = end.plus(Duration.ofMinutes(bufferAfter));
        List<Need> needs = new ArrayList<>();
        if (type == ServiceType.IV_INFUSION) {
            needs.add(new Need(ResourceKind.PRACTITIONER, new Interval(before, start.plus(Duration.ofMinutes(pre)))));
            needs.add(new Need(ResourceKind.CHAIR, new Interval(before, after)));
            needs.add(new Need(ResourceKind.NURSE_SLOT, new Interval(start.plus(Duration.ofMinutes(pre)), end)));
        } else if (type == ServiceType.IM_INJECTION) {
            needs.add(new Need(ResourceKind.PRACTITIONER, new Interval(before, after)));
            needs.add(new Need(ResourceKind.CHAIR, new Interval(before, after)));
        } else {
            needs.add(new Need(ResourceKind.PRACTITIONER, new Interval(before, after)));
        }
        return needs;
    }

    enum ResourceKind {
        PRACTITIONER,
        CHAIR,
        NURSE_SLOT
    }

    record Need(ResourceKind kind, Interval interval) {}
}
