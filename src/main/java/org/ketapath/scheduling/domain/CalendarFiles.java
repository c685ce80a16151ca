package org.ketapath.scheduling.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import org.springframework.stereotype.Component;

/**
 * RFC 5545 calendars built with ical4j: times in the clinic's zone with its VTIMEZONE, so calendar apps keep
 * them right across daylight-saving changes. Summaries say only "Appointment": no health detail.
 */
@Component
public class CalendarFiles {

    private final TimeZoneRegistry registry =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    private final SchedulingClock clock;

    CalendarFiles(SchedulingClock clock) {
        this.clock = clock;
    }

    /** One appointment as a calendar file for the patient. */
    public String appointment(AppointmentView a) {
        return write(java.util.List.of(a), "KetaPath appointment", true);
    }

    /** A clinician's feed: their upcoming appointments. */
    public String feed(Collection<AppointmentView> appointments) {
        return write(appointments, "KetaPath visit", false);
    }

    private String write(Collection<AppointmentView> appointments, String summary, boolean patient) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//KetaPath//Scheduling//EN"))
                .add(new Version(new ParameterList(), Version.VALUE_2_0))
                .add(new CalScale(CalScale.VALUE_GREGORIAN));
        Map<ZoneId, VTimeZone> zones = new LinkedHashMap<>();
        Instant stamp = clock.now();
        for (AppointmentView a : appointments) {
            zones.computeIfAbsent(a.zone(), z -> registry.getTimeZone(z.getId()).getVTimeZone());
            VEvent event = new VEvent(a.start().atZone(a.zone()), a.end().atZone(a.zone()), summary)
                    .add(new Uid(a.id() + (patient ? "" : "-staff") + "@ketapath"))
                    .replace(new DtStamp(stamp));
            calendar.add(event);
        }
        for (VTimeZone zone : zones.values()) {
            calendar.add(zone);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
