package org.ketapath.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.Slot;
import org.ketapath.scheduling.domain.ServiceDefinition.Need;
import org.ketapath.scheduling.domain.ServiceDefinition.ResourceKind;

/**
 * Turns a clinic's hours, shifts and bookings into slots. Pure: no database, no clock.
 *
 * <p>Daylight saving: each day's opening hours are resolved to instants through the zone's rules (a local time
 * in the spring-forward gap moves forward by the gap, as {@link ZonedDateTime#of} does), and start times are
 * stepped in instants within them, then collected in a sorted set. So no slot starts in the non-existent hour,
 * and the repeated autumn hour is offered once per real instant: neither lost nor doubled.
 */
final class SlotPlanner {

    private final ClinicSchedule schedule;
    private final Map<UUID, NavigableMap<Instant, Instant>> busy;

    /** Per day, each shift's window that day (null when the shift is on another weekday): zone rules once. */
    private final Map<LocalDate, Interval[]> shiftWindows = new HashMap<>();

    /** Per practitioner, the nurse-coverage slot ids (name-based UUIDs, an MD5 each): computed once. */
    private final Map<UUID, List<UUID>> nurseSlots = new HashMap<>();

    /** @param busy per resource, its booked intervals (start to end); they never overlap on one resource */
    SlotPlanner(ClinicSchedule schedule, Map<UUID, NavigableMap<Instant, Instant>> busy) {
        this.schedule = schedule;
        this.busy = busy;
    }

    /** The instants from the start of {@code from} to the end of {@code to} in the clinic's zone. */
    static Interval dayRange(ZoneId zone, LocalDate from, LocalDate to) {
        return new Interval(
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Free slots in the range that respect minimum notice and horizon from {@code now}. For a service that uses a
     * chair, one slot per start and location with a free chair then, locations in the schedule's order (the
     * practitioner and nurse coverage are the clinic's, shared by all its locations).
     */
    List<Slot> freeSlots(ServiceDefinition service, Interval range, Instant now) {
        List<Slot> slots = new ArrayList<>();
        List<ClinicSchedule.Location> locations = schedule.locations();
        for (Instant start : offeredStarts(service, range, now)) {
            Optional<Assignment> assignment = assign(service, start, true);
            if (assignment.isEmpty()) {
                continue;
            }
            Assignment a = assignment.get();
            Instant end = start.plus(service.visit());
            List<UUID> freeChairs = a.resources(ResourceKind.CHAIR);
            if (freeChairs == null) {
                slots.add(new Slot(start, end, a.practitionerId()));
            } else if (locations.size() == 1) {
                slots.add(new Slot(
                        start, end, a.practitionerId(), locations.get(0).id()));
            } else {
                for (ClinicSchedule.Location location : locations) {
                    if (anyOf(freeChairs, location.chairs())) {
                        slots.add(new Slot(start, end, a.practitionerId(), location.id()));
                    }
                }
            }
        }
        return slots;
    }

    private static boolean anyOf(List<UUID> free, List<UUID> chairs) {
        for (UUID chair : chairs) {
            if (free.contains(chair)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a start is on the clinic's grid, in its hours, with the notice and horizon (bookings aside). */
    boolean isOffered(ServiceDefinition service, Instant start, Instant now) {
        LocalDate day = start.atZone(schedule.zone()).toLocalDate();
        Interval range = dayRange(schedule.zone(), day, day);
        return offeredStarts(service, range, now).contains(start)
                && assign(service, start, false).isPresent();
    }

    TreeSet<Instant> offeredStarts(ServiceDefinition service, Interval range, Instant now) {
        Instant earliest = now.plus(Duration.ofMinutes(schedule.settings().minNoticeMinutes()));
        Instant latest = now.plus(Duration.ofDays(schedule.settings().horizonDays()));
        Duration step = Duration.ofMinutes(schedule.settings().stepMinutes());
        Duration buffersBefore = Duration.ofMinutes(service.bufferBefore());
        TreeSet<Instant> starts = new TreeSet<>();
        for (Interval window : openWindows(range)) {
            // A visit's buffers and phases must all fall within one opening window.
            for (Instant t = window.start().plus(buffersBefore);
                    !t.minus(buffersBefore).plus(service.footprint()).isAfter(window.end());
                    t = t.plus(step)) {
                if (!t.isBefore(range.start())
                        && t.isBefore(range.end())
                        && !t.isBefore(earliest)
                        && !t.isAfter(latest)) {
                    starts.add(t);
                }
            }
        }
        return starts;
    }

    /** Opening windows overlapping the range: weekly hours and extra hours, minus closures. */
    List<Interval> openWindows(Interval range) {
        List<Interval> windows = new ArrayList<>();
        ZoneId zone = schedule.zone();
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (ClinicSchedule.WeeklyHours hours : schedule.hours()) {
                if (hours.day() == day.getDayOfWeek()) {
                    windowOf(day, hours.opens(), hours.closes()).ifPresent(windows::add);
                }
            }
        }
        windows.addAll(schedule.extraHours());
        return subtract(windows, schedule.closures());
    }

    /** Candidate resources for each need of a start, in a stable order; busy ones skipped when asked. */
    Optional<Assignment> assign(ServiceDefinition service, Instant start, boolean skipBusy) {
        List<Candidates> all = candidates(service, start, skipBusy);
        for (Candidates c : all) {
            if (c.resources().isEmpty()) {
                return Optional.empty();
            }
        }
        UUID practitioner = all.get(0).resources().get(0);
        return Optional.of(new Assignment(practitioner, all));
    }

    List<Candidates> candidates(ServiceDefinition service, Instant start, boolean skipBusy) {
        List<Candidates> result = new ArrayList<>();
        for (Need need : service.needs(start)) {
            List<UUID> ids = new ArrayList<>();
            for (UUID id : resourcesFor(need)) {
                if (!skipBusy || isFree(id, need.interval())) {
                    ids.add(id);
                }
            }
            result.add(new Candidates(need, ids));
        }
        return result;
    }

    private List<UUID> resourcesFor(Need need) {
        if (need.kind() == ResourceKind.CHAIR) {
            return schedule.chairs();
        }
        List<UUID> ids = new ArrayList<>();
        for (UUID practitioner : onShift(need.interval(), need.kind() == ResourceKind.NURSE_SLOT)) {
            if (need.kind() == ResourceKind.PRACTITIONER) {
                ids.add(practitioner);
            } else {
                ids.addAll(nurseSlots.computeIfAbsent(practitioner, this::nurseSlotsOf));
            }
        }
        return ids;
    }

    private List<UUID> nurseSlotsOf(UUID practitioner) {
        List<UUID> ids = new ArrayList<>();
        for (int k = 0; k < schedule.settings().nurseMaxChairs(); k++) {
            ids.add(ClinicSchedule.nurseSlot(practitioner, k));
        }
        return ids;
    }

    /** Practitioners whose shift (or the clinic's extra hours) covers the interval, closures excepted. */
    private List<UUID> onShift(Interval interval, boolean monitoring) {
        for (Interval closure : schedule.closures()) {
            if (closure.overlaps(interval)) {
                return List.of();
            }
        }
        boolean extra = schedule.extraHours().stream().anyMatch(w -> w.contains(interval));
        LocalDate day = interval.start().atZone(schedule.zone()).toLocalDate();
        List<UUID> ids = new ArrayList<>();
        List<ClinicSchedule.Shift> shifts = schedule.shifts();
        Interval[] dayBefore = extra ? null : shiftWindows(day.minusDays(1));
        Interval[] sameDay = extra ? null : shiftWindows(day);
        for (int i = 0; i < shifts.size(); i++) {
            ClinicSchedule.Shift shift = shifts.get(i);
            if ((monitoring && !shift.monitorsChairs()) || ids.contains(shift.practitionerId())) {
                continue;
            }
            boolean covers = extra
                    || (dayBefore[i] != null && dayBefore[i].contains(interval))
                    || (sameDay[i] != null && sameDay[i].contains(interval));
            if (covers) {
                ids.add(shift.practitionerId());
            }
        }
        return ids;
    }

    /** Each shift's window on the day, in the order of {@link ClinicSchedule#shifts()}. */
    private Interval[] shiftWindows(LocalDate day) {
        return shiftWindows.computeIfAbsent(day, d -> {
            List<ClinicSchedule.Shift> shifts = schedule.shifts();
            Interval[] windows = new Interval[shifts.size()];
            for (int i = 0; i < windows.length; i++) {
                ClinicSchedule.Shift shift = shifts.get(i);
                if (shift.day() == d.getDayOfWeek()) {
                    windows[i] = windowOf(d, shift.starts(), shift.ends()).orElse(null);
                }
            }
            return windows;
        });
    }

    private boolean isFree(UUID resource, Interval interval) {
        NavigableMap<Instant, Instant> booked = busy.get(resource);
        if (booked == null) {
            return true;
        }
        Map.Entry<Instant, Instant> before = booked.lowerEntry(interval.end());
        return before == null || !before.getValue().isAfter(interval.start());
    }

    private Optional<Interval> windowOf(LocalDate day, LocalTime from, LocalTime to) {
        Instant start = ZonedDateTime.of(day, from, schedule.zone()).toInstant();
        Instant end = ZonedDateTime.of(day, to, schedule.zone()).toInstant();
        return start.isBefore(end) ? Optional.of(new Interval(start, end)) : Optional.empty();
    }

    static List<Interval> subtract(List<Interval> windows, List<Interval> cuts) {
        List<Interval> result = new ArrayList<>(windows);
        for (Interval cut : cuts) {
            List<Interval> next = new ArrayList<>();
            for (Interval w : result) {
                if (!w.overlaps(cut)) {
                    next.add(w);
                    continue;
                }
                if (w.start().isBefore(cut.start())) {
                    next.add(new Interval(w.start(), cut.start()));
                }
                if (cut.end().isBefore(w.end())) {
                    next.add(new Interval(cut.end(), w.end()));
                }
            }
            result = next;
        }
        return result;
    }

    /** For one need, the resources that could serve it. */
    record Candidates(Need need, List<UUID> resources) {}

    /** A start's candidate resources; the practitioner first in line is the one shown in the slot. */
    record Assignment(UUID practitionerId, List<Candidates> candidates) {
        /** The candidates for the need of that kind, or null when the service has no such need. */
        @Nullable
        List<UUID> resources(ResourceKind kind) {
            for (Candidates c : candidates) {
                if (c.need().kind() == kind) {
                    return c.resources();
                }
            }
            return null;
        }

        @Nullable
        UUID first(ResourceKind kind) {
            for (Candidates c : candidates) {
                if (c.need().kind() == kind && !c.resources().isEmpty()) {
                    return c.resources().get(0);
                }
            }
            return null;
        }
    }
}
