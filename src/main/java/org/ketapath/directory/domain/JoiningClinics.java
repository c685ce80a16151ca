package org.ketapath.directory.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.directory.ClinicApplications;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registers clinics that join: checked field by field, geocoded, filled from NPPES, PENDING verification. */
@Service
class JoiningClinics implements ClinicApplications {

    /** How far (miles) a corrected pin may be from its ZIP code's centroid. */
    static final double MAX_PIN_CORRECTION_MILES = 25;

    private final ClinicRegistry registry;
    private final ZipCentroids zips;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JoiningClinics(ClinicRegistry registry, ZipCentroids zips, JdbcClient jdbc, JsonMapper json) {
        this.registry = registry;
        this.zips = zips;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public UUID apply(Application a) {
        String timezone = timezone(a.timezone());
        if (a.locations().isEmpty()) {
            throw new Rejected("locations", "must have at least one location");
        }
        List<NewClinic.Location> places = new ArrayList<>();
        for (int i = 0; i < a.locations().size(); i++) {
            places.add(place(a.locations().get(i), "locations[" + i + "]"));
        }
        if (a.practitioners().isEmpty()) {
            throw new Rejected("practitioners", "must have at least one practitioner");
        }
        Set<String> npis = new HashSet<>();
        List<NewClinic.NewPractitioner> practitioners = new ArrayList<>();
        for (int i = 0; i < a.practitioners().size(); i++) {
            String field = "practitioners[" + i + "]";
            Practitioner p = a.practitioners().get(i);
            String npi = p.npi().strip();
            if (!Npi.isValid(npi)) {
                throw new Rejected(field + ".npi", "is not a valid NPI (10 digits whose last is the check digit)");
            }
            if (!npis.add(npi)) {
                throw new Duplicate(field + ".npi", "is given twice");
            }
            if (listedElsewhere(npi)) {
                throw new Duplicate(
                        field + ".npi",
                        "is already listed with a clinic on KetaPath; contact KetaPath to add a practitioner who"
                                + " works at several clinics");
            }
            practitioners.add(practitioner(new Npi(npi), p, field));
        }
        NewClinic.Location primary = places.get(0);
        if (sameNameAtSameAddress(a.name().strip(), places)) {
            throw new Duplicate("name", "a clinic of this name is already listed at this address");
        }
        List<NewClinic.NewPrice> prices = new ArrayList<>();
        for (int i = 0; i < a.prices().size(); i++) {
            Price price = a.prices().get(i);
            String kind = price.kind().strip().toUpperCase(Locale.ROOT);
            if (!List.of("INFUSION", "CONSULTATION", "PACKAGE").contains(kind)) {
                throw new Rejected("prices[" + i + "].kind", "must be INFUSION, CONSULTATION or PACKAGE");
            }
            if (!kind.equals("PACKAGE") && price.sessions() != 1) {
                throw new Rejected("prices[" + i + "].sessions", "must be 1 unless the price is a package");
            }
            prices.add(new NewClinic.NewPrice(kind, price.label().strip(), price.amountUsd(), price.sessions()));
        }
        UUID id = UUID.randomUUID();
        registry.register(new NewClinic(
                id,
                a.name().strip(),
                a.description().strip(),
                a.phone().strip(),
                blankToNull(a.website()),
                timezone,
                true,
                "PENDING",
                null,
                a.modalities(),
                a.conditions(),
                new NewClinic.Payment(a.selfPay(), a.hsaFsa(), a.superbill()),
                null,
                null,
                primary,
                practitioners,
                prices));
        for (NewClinic.Location extra : places.subList(1, places.size())) {
            jdbc.sql("""
                            INSERT INTO clinic_location (id, clinic_id, is_primary, street, city, state, zip, latitude,
                                   longitude)
                            VALUES (:id, :clinic, false, :street, :city, :state, :zip, :lat, :lon)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("clinic", id)
                    .param("street", extra.street())
                    .param("city", extra.city())
                    .param("state", extra.state().name())
                    .param("zip", extra.zip().value())
                    .param("lat", extra.latitude())
                    .param("lon", extra.longitude())
                    .update();
        }
        jdbc.sql("UPDATE clinic SET notification_email = :email WHERE id = :id")
                .param("email", blankToNull(a.notificationEmail()))
                .param("id", id)
                .update();
        return id;
    }

    private static String timezone(String zone) {
        try {
            String id = ZoneId.of(zone.strip()).getId();
            if (!id.matches("[A-Za-z]+(/[A-Za-z0-9_+-]+)+")) {
                throw new Rejected("timezone", "must be a time zone such as America/New_York");
            }
            return id;
        } catch (java.time.DateTimeException e) {
            throw new Rejected("timezone", "must be a time zone such as America/New_York");
        }
    }

    /** The location at its ZIP centroid, or at the clinic's own coordinates when they are near it. */
    private NewClinic.Location place(Place p, String field) {
        UsState state;
        try {
            state = UsState.of(p.state().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected(field + ".state", "must be a US state code such as PA");
        }
        ZipCode zip;
        try {
            zip = ZipCode.parse(p.zip().strip());
        } catch (IllegalArgumentException e) {
            throw new Rejected(field + ".zip", "must be 5 digits");
        }
        Optional<ZipCentroid> centroid = zips.find(zip);
        if (centroid.isEmpty()) {
            throw new Rejected(field + ".zip", "is not a known US ZIP code");
        }
        if (centroid.get().state() != state) {
            throw new Rejected(field + ".zip", "is not in " + state.displayName());
        }
        double latitude = centroid.get().latitude();
        double longitude = centroid.get().longitude();
        if ((p.latitude() == null) != (p.longitude() == null)) {
            throw new Rejected(field + (p.latitude() == null ? ".latitude" : ".longitude"), "is needed with the other");
        }
        if (p.latitude() != null && p.longitude() != null) {
            if (p.latitude() < -90 || p.latitude() > 90) {
                throw new Rejected(field + ".latitude", "must be from -90 to 90");
            }
            if (p.longitude() < -180 || p.longitude() > 180) {
                throw new Rejected(field + ".longitude", "must be from -180 to 180");
            }
            if (miles(latitude, longitude, p.latitude(), p.longitude()) > MAX_PIN_CORRECTION_MILES) {
                throw new Rejected(
                        field + ".latitude",
                        "is more than " + (int) MAX_PIN_CORRECTION_MILES + " miles from ZIP code " + zip.value());
            }
            latitude = p.latitude();
            longitude = p.longitude();
        }
        return new NewClinic.Location(p.street().strip(), p.city().strip(), state, zip, latitude, longitude);
    }

    /** Great-circle distance in miles (haversine, mean Earth radius 3958.8 miles). */
    static double miles(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 3958.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The practitioner with what NPPES knows filled in where the clinic left it out. */
    private NewClinic.NewPractitioner practitioner(Npi npi, Practitioner p, String field) {
        Optional<JsonNode> nppes = jdbc.sql("""
                        SELECT json_build_object('given', given_name, 'family', family_name, 'credentials', credentials,
                               'taxonomy', taxonomy_code, 'licences', licences, 'file', source_file)::text
                          FROM nppes_identity WHERE npi = :npi
                        """)
                .param("npi", npi.value())
                .query(String.class)
                .optional()
                .map(json::readTree);
        String given = firstOf(
                p.givenName(), nppes.map(n -> n.path("given").asString("")).orElse(null));
        String family = firstOf(
                p.familyName(), nppes.map(n -> n.path("family").asString("")).orElse(null));
        if (given == null || given.length() > 100) {
            throw new Rejected(field + ".givenName", "is required (this NPI is not in the imported NPPES data)");
        }
        if (family == null || family.length() > 100) {
            throw new Rejected(field + ".familyName", "is required (this NPI is not in the imported NPPES data)");
        }
        String credentials = firstOf(
                p.credentials(),
                nppes.map(n -> n.path("credentials").asString("")).orElse(null));
        String taxonomy = firstOf(
                p.taxonomyCode(),
                nppes.map(n -> n.path("taxonomy").asString("")).orElse(null));
        if (taxonomy != null && !taxonomy.matches("[0-9A-Z]{9}X")) {
            throw new Rejected(field + ".taxonomyCode", "must be a taxonomy code such as 207RP1001X");
        }
        List<NewClinic.NewLicence> licences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.licences().size(); i++) {
            Licence l = p.licences().get(i);
            String lf = field + ".licences[" + i + "]";
            UsState state;
            try {
                state = UsState.of(l.state().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Rejected(lf + ".state", "must be a US state code such as PA");
            }
            if (!seen.add(state + ":" + l.number().strip())) {
                throw new Rejected(lf + ".number", "is given twice");
            }
            licences.add(new NewClinic.NewLicence(
                    UUID.randomUUID(), state, l.number().strip(), l.type().strip(), l.expiresOn(), "PENDING", null));
        }
        if (nppes.isPresent()) {
            for (JsonNode slot : nppes.get().path("licences").values()) {
                String state = slot.path("state").asString("");
                String number = slot.path("number").asString("");
                if (state.isEmpty() || number.isEmpty() || !seen.add(state + ":" + number)) {
                    continue;
                }
                String taxonomyOfSlot = slot.path("taxonomy").asString("");
                licences.add(new NewClinic.NewLicence(
                        UUID.randomUUID(),
                        UsState.of(state),
                        number,
                        taxonomyOfSlot.isEmpty() ? "NPPES" : "taxonomy " + taxonomyOfSlot,
                        null,
                        "PENDING",
                        "NPPES " + nppes.get().path("file").asString("") + ", slot "
                                + slot.path("slot").asInt() + "; self-reported, not primary-source verified"));
            }
        }
        return new NewClinic.NewPractitioner(
                UUID.randomUUID(), given, family, credentials == null ? "" : credentials, npi, taxonomy, licences);
    }

    private boolean listedElsewhere(String npi) {
        return jdbc.sql("SELECT count(*) FROM practitioner WHERE npi = :npi")
                        .param("npi", npi)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean sameNameAtSameAddress(String name, List<NewClinic.Location> places) {
        for (NewClinic.Location place : places) {
            long same = jdbc.sql("""
                            SELECT count(*) FROM clinic c JOIN clinic_location l ON l.clinic_id = c.id
                             WHERE lower(c.name) = lower(:name) AND l.zip = :zip
                               AND regexp_replace(lower(l.street), '[^a-z0-9]', '', 'g')
                                   = regexp_replace(lower(:street), '[^a-z0-9]', '', 'g')
                            """)
                    .param("name", name)
                    .param("zip", place.zip().value())
                    .param("street", place.street())
                    .query(Long.class)
                    .single();
            if (same > 0) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String firstOf(@Nullable String given, @Nullable String fallback) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return fallback == null || fallback.isBlank() ? null : fallback.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
