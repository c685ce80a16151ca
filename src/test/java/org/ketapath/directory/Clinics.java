package org.ketapath.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ketapath.directory.domain.NewClinic;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;

/** Builds test clinics: verified, licensed in their own state for a year, IV infusion for migraine, $500. */
public final class Clinics {

    public static final UUID ADMIN = UUID.fromString("a0000000-0000-4000-8000-00000000000a");
    private static final ZipCentroids CENTROIDS = new ZipCentroids();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100_000);

    private final UUID id = UUID.randomUUID();
    private String name = "Test Clinic " + id.toString().substring(0, 8);
    private ZipCentroid at;
    private String status = "VERIFIED";
    private Set<Modality> modalities = Set.of(Modality.IV_INFUSION);
    private Set<TreatedCondition> conditions = Set.of(TreatedCondition.MIGRAINE);
    private BigDecimal price = new BigDecimal("500.00");
    private boolean accepting = true;
    private final List<NewClinic.NewLicence> licences = new ArrayList<>();

    private Clinics(String zip) {
        this.at = CENTROIDS.get(new ZipCode(zip));
    }

    public static Clinics at(String zip) {
        return new Clinics(zip);
    }

    public static Npi npi() {
        String nine = String.format("1%08d", SEQUENCE.incrementAndGet());
        return new Npi(nine + Npi.checkDigit(nine));
    }

    public Clinics named(String value) {
        name = value;
        return this;
    }

    public Clinics status(String value) {
        status = value;
        return this;
    }

    public Clinics offering(Modality... values) {
        modalities = Set.of(values);
        return this;
    }

    public Clinics treating(TreatedCondition... values) {
        conditions = Set.of(values);
        return this;
    }

    public Clinics price(int usd) {
        price = BigDecimal.valueOf(usd).setScale(2);
        return this;
    }

    public Clinics notAccepting() {
        accepting = false;
        return this;
    }

    public Clinics licence(String state, String status, LocalDate expires) {
        licences.add(new NewClinic.NewLicence(
                UUID.randomUUID(), UsState.of(state), "L-" + SEQUENCE.incrementAndGet(), "MD", expires, status, null));
        return this;
    }

    public NewClinic build() {
        List<NewClinic.NewLicence> all = new ArrayList<>(licences);
        if (all.isEmpty()) {
            licence(at.state().name(), "VERIFIED", LocalDate.now().plusYears(1));
            all.addAll(licences);
        }
        return new NewClinic(
                id,
                name,
                "A clinic for tests.",
                "215-555-0100",
                "https://clinic.example.org",
                "America/New_York",
                accepting,
                status,
                ADMIN,
                modalities,
                conditions,
                new NewClinic.Payment(true, true, false),
                50,
                30,
                new NewClinic.Location("1 Test Street", at.city(), at.state(), at.zip(), at.latitude(), at.longitude()),
                List.of(new NewClinic.NewPractitioner(
                        UUID.randomUUID(), "Ada", "Tester", "MD", npi(), "207L00000X", all)),
                List.of(
                        new NewClinic.NewPrice("INFUSION", "Infusion", price, 1),
                        new NewClinic.NewPrice("CONSULTATION", "Free consultation", BigDecimal.ZERO, 1)));
    }
}
