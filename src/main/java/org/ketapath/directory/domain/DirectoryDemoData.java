package org.ketapath.directory.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.ketapath.directory.Modality;
import org.ketapath.directory.TreatedCondition;
import org.ketapath.platform.DemoData;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.ketapath.shared.ZipCentroid;
import org.ketapath.shared.ZipCentroids;
import org.ketapath.shared.ZipCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo clinics: the fixed "Demo Ketamine Clinic Philadelphia" that identity's demo staff and scheduling use,
 * and 300 clearly fictional clinics over real ZIP centroids (names with "Demo", example.org websites,
 * 555-01xx phone numbers), some licences expired or pending, some clinics pending, reviews. Idempotent: does
 * nothing when the fixed clinic exists.
 */
@Component
@DemoData
@Order(100)
class DirectoryDemoData implements ApplicationRunner {

    /** The fixed demo clinic other modules rely on. */
    static final UUID DEMO_CLINIC = DemoData.Clinics.PHILADELPHIA;

    static final UUID DEMO_VERIFIER = UUID.fromString("d0000000-0000-4000-8000-0000000000ad");
    static final int CLINICS = DemoData.Clinics.GENERATED;
    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);
    private static final String[] GIVEN = {"Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie"};
    private static final String[] FAMILY = {"Demo", "Example", "Sample", "Placeholder", "Testwell", "Mockridge"};

    private final ClinicRegistry registry;
    private final ReviewRepository reviews;
    private final SearchProjection projection;
    private final ZipCentroids centroids;

    DirectoryDemoData(
            ClinicRegistry registry, ReviewRepository reviews, SearchProjection projection, ZipCentroids centroids) {
        this.registry = registry;
        this.reviews = reviews;
        this.projection = projection;
        this.centroids = centroids;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (registry.exists(DEMO_CLINIC)) {
            return;
        }
        Random random = new Random(20261124);
        LocalDate today = LocalDate.now();
        registry.register(philadelphia(today));
        addReviews(DEMO_CLINIC, 6, random);
        List<ZipCentroid> zips = centroids.all();
        for (int i = 1; i <= CLINICS; i++) {
            ZipCentroid at = zips.get(random.nextInt(zips.size()));
            NewClinic clinic = generated(i, at, random, today);
            registry.register(clinic);
            if ("VERIFIED".equals(clinic.verificationStatus()) && random.nextInt(3) > 0) {
                addReviews(clinic.id(), 1 + random.nextInt(5), random);
            }
        }
        log.info("Demo directory loaded: {} clinics", CLINICS + 1);
    }

    private NewClinic philadelphia(LocalDate today) {
        ZipCentroid at = centroids.get(new ZipCode("19107"));
        Npi npi = npi(1);
        return new NewClinic(
                DEMO_CLINIC,
                "Demo Ketamine Clinic Philadelphia",
                "A fictional demo clinic for KetaPath: IV infusions and IM injections for migraine, depression and"
                        + " chronic pain, with a free consultation first.",
                "215-555-0101",
                "https://philadelphia.demo-clinic.example.org",
                "America/New_York",
                true,
                "VERIFIED",
                DEMO_VERIFIER,
                EnumSet.of(Modality.IV_INFUSION, Modality.IM_INJECTION),
                EnumSet.of(
                        TreatedCondition.MIGRAINE,
                        TreatedCondition.DEPRESSION,
                        TreatedCondition.CHRONIC_PAIN,
                        TreatedCondition.ANXIETY),
                new NewClinic.Payment(true, true, true),
                50,
                40,
                new NewClinic.Location(
                        "100 Demo Street", "Philadelphia", UsState.PA, at.zip(), at.latitude(), at.longitude()),
                List.of(
                        demoPractitioner(1, "Dana", "Demo", "MD", npi, "207L00000X", today),
                        demoPractitioner(2, "Ravi", "Example", "MD", npi(100_002), "2084P0800X", today),
                        demoPractitioner(3, "Jo", "Sample", "CRNA", npi(100_003), "367500000X", today)),
                List.of(
                        new NewClinic.NewPrice("CONSULTATION", "Free consultation", BigDecimal.ZERO, 1),
                        new NewClinic.NewPrice("INFUSION", "IV infusion", new BigDecimal("550.00"), 1),
                        new NewClinic.NewPrice("PACKAGE", "Six IV infusions", new BigDecimal("3000.00"), 6)));
    }

    private NewClinic generated(int n, ZipCentroid at, Random random, LocalDate today) {
        UUID id = DemoData.Clinics.generated(n);
        Set<Modality> modalities = EnumSet.of(Modality.IV_INFUSION);
        for (Modality m : Modality.values()) {
            if (random.nextInt(3) == 0) {
                modalities.add(m);
            }
        }
        Set<TreatedCondition> conditions = EnumSet.of(TreatedCondition.MIGRAINE);
        for (TreatedCondition c : TreatedCondition.values()) {
            if (random.nextBoolean()) {
                conditions.add(c);
            }
        }
        int roll = random.nextInt(10);
        String status = roll == 0 ? "PENDING" : "VERIFIED";
        List<NewClinic.NewLicence> licences = new ArrayList<>();
        String licenceStatus = roll == 1 ? "PENDING" : "VERIFIED";
        LocalDate expiry =
                roll == 2 ? today.minusDays(1 + random.nextInt(200)) : today.plusDays(60 + random.nextInt(700));
        licences.add(licence(at.state().name(), "DEMO-" + n, expiry, licenceStatus));
        int price = 400 + 25 * random.nextInt(17);
        String phone = String.format("%03d-555-01%02d", 201 + random.nextInt(700), n % 100);
        return new NewClinic(
                id,
                "Demo Ketamine Clinic " + at.city() + " " + n,
                "A fictional demo clinic, not a real provider.",
                phone,
                "https://clinic-" + n + ".demo.example.org",
                timezone(at.state()),
                random.nextInt(5) > 0,
                status,
                DEMO_VERIFIER,
                modalities,
                conditions,
                new NewClinic.Payment(true, random.nextBoolean(), random.nextBoolean()),
                40 + 5 * random.nextInt(5),
                20 + 10 * random.nextInt(5),
                new NewClinic.Location(
                        (10 + n) + " Example Avenue", at.city(), at.state(), at.zip(), at.latitude(), at.longitude()),
                List.of(new NewClinic.NewPractitioner(
                        UUID.nameUUIDFromBytes(("ketapath-demo-practitioner-" + n).getBytes(StandardCharsets.UTF_8)),
                        GIVEN[random.nextInt(GIVEN.length)],
                        FAMILY[random.nextInt(FAMILY.length)],
                        random.nextBoolean() ? "MD" : "DO",
                        npi(n + 1),
                        "207L00000X",
                        licences)),
                List.of(
                        new NewClinic.NewPrice("CONSULTATION", "Free consultation", BigDecimal.ZERO, 1),
                        new NewClinic.NewPrice("INFUSION", "IV infusion", BigDecimal.valueOf(price), 1)));
    }

    private void addReviews(UUID clinicId, int count, Random random) {
        String[] texts = {
            "Staff explained every step and checked my blood pressure often.",
            "Fewer migraine days since my third infusion.",
            "Kind team, clear prices, the free consultation helped me decide.",
            "The wait was long but the care was good.",
            "Calm room and a careful nurse."
        };
        for (int i = 0; i < count; i++) {
            UUID appointment = UUID.randomUUID();
            UUID patient = UUID.randomUUID();
            Instant at = Instant.now().minus(1 + random.nextInt(300), ChronoUnit.DAYS);
            reviews.recordEligibility(appointment, clinicId, patient, at);
            reviews.insert(
                    UUID.randomUUID(),
                    clinicId,
                    appointment,
                    patient,
                    3 + random.nextInt(3),
                    texts[random.nextInt(texts.length)],
                    at.plus(1, ChronoUnit.DAYS));
        }
        projection.refresh(clinicId);
    }

    private static NewClinic.NewLicence licence(String state, String number, LocalDate expires, String status) {
        return new NewClinic.NewLicence(
                UUID.nameUUIDFromBytes(("ketapath-demo-licence-" + number).getBytes(StandardCharsets.UTF_8)),
                UsState.of(state),
                number,
                "MD",
                expires,
                status,
                "Demo data: fictional licence");
    }

    /** The main IANA zone of a state (states split across zones get their most populous one). */
    static String timezone(UsState state) {
        return switch (state) {
            case AL, AR, IL, IA, KS, LA, MN, MS, MO, NE, ND, OK, SD, TN, TX, WI -> "America/Chicago";
            case AZ -> "America/Phoenix";
            case CO, ID, MT, NM, UT, WY -> "America/Denver";
            case CA, NV, OR, WA -> "America/Los_Angeles";
            case AK -> "America/Anchorage";
            case HI -> "Pacific/Honolulu";
            case PR, VI -> "America/Puerto_Rico";
            case GU, MP -> "Pacific/Guam";
            case AS -> "Pacific/Pago_Pago";
            default -> "America/New_York";
        };
    }

    /**
     * The demo clinic's practitioners have fixed ids {@code d0000000-0000-4000-8000-00000000000n}, the ones the
     * scheduling demo data books against.
     */
    private static NewClinic.NewPractitioner demoPractitioner(
            int n, String given, String family, String credentials, Npi npi, String taxonomy, LocalDate today) {
        return new NewClinic.NewPractitioner(
                UUID.fromString("d0000000-0000-4000-8000-00000000000" + n),
                given,
                family,
                credentials,
                npi,
                taxonomy,
                List.of(
                        licence("PA", "MD-DEMO-000" + (2 * n - 1), today.plusYears(2), "VERIFIED"),
                        licence("NJ", "MD-DEMO-000" + (2 * n), today.plusYears(2), "VERIFIED")));
    }

    static Npi npi(int n) {
        String nine = String.format("19%07d", n);
        return new Npi(nine + Npi.checkDigit(nine));
    }
}
