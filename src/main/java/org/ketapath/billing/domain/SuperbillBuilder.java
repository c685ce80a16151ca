package org.ketapath.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.domain.BillingRefusal.Problem;
import org.ketapath.directory.ClinicBilling.BillingFacts;
import org.ketapath.directory.ClinicBilling.Clinician;
import org.ketapath.directory.ClinicBilling.Licence;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.shared.Money;
import org.ketapath.shared.Npi;
import org.ketapath.treatment.TreatmentApi.SignedSession;

/**
 * Puts a superbill together from what happened and what the clinic and patient gave, or names every field that
 * is missing (a clinic tax id, a clinician's NPI or licence, a diagnosis, the patient's address, a signed
 * record, an infusion's stop time). Nothing is typed in: codes come from {@link CodeDerivation}.
 */
public final class SuperbillBuilder {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final String POINTERS = "ABCDEFGHIJKL";

    private SuperbillBuilder() {}

    /** Who the superbill is for, as identity knows them. */
    public record PatientIdentity(String name, LocalDate dateOfBirth) {}

    /** One completed visit in the period with what is known of it. */
    public record VisitInput(
            UUID appointmentId,
            LocalDate day,
            ServiceType service,
            UUID practitionerId,
            @Nullable SignedSession session,
            @Nullable VisitCoding coding,
            int scoredScreeners,
            Money paid) {}

    /** Everything the superbill is made of. */
    public record Inputs(
            UUID id,
            String number,
            int version,
            @Nullable UUID previousId,
            @Nullable String correctionReason,
            Instant issuedAt,
            String timezone,
            LocalDate from,
            LocalDate to,
            PatientIdentity patient,
            @Nullable PatientBillingDetails details,
            BillingFacts clinic,
            BillingIdentity identity,
            PriceList prices,
            List<VisitInput> visits) {}

    public static SuperbillDocument build(Inputs in, IcdCatalogue icd) {
        List<Problem> missing = new ArrayList<>();
        if (in.identity().taxId() == null) {
            missing.add(new Problem("clinic.taxId", "is missing: the clinic admin enters it under Prices and billing"));
        }
        if (in.details() == null) {
            missing.add(new Problem("patient.address", "is missing: enter the patient's postal address"));
        }
        List<SuperbillDocument.Clinician> clinicians = new ArrayList<>();
        Map<UUID, Integer> clinicianIndex = new LinkedHashMap<>();
        Map<String, SuperbillDocument.Diagnosis> diagnoses = new LinkedHashMap<>();
        List<SuperbillDocument.Visit> visits = new ArrayList<>();
        Set<LocalDate> procedureDays = new java.util.HashSet<>();
        for (VisitInput visit : in.visits()) {
            if (visit.session() != null && !visit.session().doses().isEmpty()) {
                procedureDays.add(visit.day()); // an E/M on another visit that day still takes modifier 25
            }
        }
        for (VisitInput visit : in.visits()) {
            boolean consultation = visit.service() == ServiceType.FREE_CONSULT;
            if (consultation && (visit.coding() == null || visit.coding().em() == null)) {
                continue; // a consultation is billed only when its clinician chose an E/M code for it
            }
            String at = "visits[" + visit.day() + "]";
            if (!consultation && visit.session() == null) {
                missing.add(new Problem(
                        at + ".sessionRecord", "is not signed yet (visit on " + DAY.format(visit.day()) + ")"));
                continue;
            }
            int clinician = clinicianIndex.computeIfAbsent(
                    visit.practitionerId(),
                    id -> clinician(in, id, at, "clinicians[" + clinicianIndex.size() + "]", clinicians, missing));
            List<String> codes = visitDiagnoses(visit, icd, at, missing);
            if (codes.isEmpty()) {
                missing.add(new Problem(at + ".diagnosis", "is missing (visit on " + DAY.format(visit.day()) + ")"));
                continue;
            }
            StringBuilder pointers = new StringBuilder();
            for (String code : codes) {
                SuperbillDocument.Diagnosis d = diagnoses.computeIfAbsent(
                        code,
                        c -> new SuperbillDocument.Diagnosis(
                                diagnoses.size() < POINTERS.length()
                                        ? String.valueOf(POINTERS.charAt(diagnoses.size()))
                                        : "?",
                                c,
                                icd.title(c).orElse(c)));
                pointers.append(d.pointer());
            }
            if (visit.session() != null
                    && visit.session().doses().stream().anyMatch(d -> d.route().equals("IV") && d.stop() == null)) {
                missing.add(new Problem(
                        at + ".infusionStop", "is not recorded (visit on " + DAY.format(visit.day()) + ")"));
                continue;
            }
            SuperbillDocument.Visit v =
                    visit(in, visit, clinician, pointers.toString(), at, procedureDays.contains(visit.day()), missing);
            if (v != null) {
                visits.add(v);
            }
        }
        if (diagnoses.size() > POINTERS.length()) {
            missing.add(new Problem("period", "has more than 12 diagnoses: issue superbills for shorter periods"));
        }
        if (visits.isEmpty() && missing.isEmpty()) {
            missing.add(new Problem("period", "has no completed, documented visits at this clinic to bill"));
        }
        if (!missing.isEmpty()) {
            throw new BillingRefusal.Incomplete(missing);
        }
        Money charge = visits.stream().map(SuperbillDocument.Visit::charge).reduce(Money.ZERO, Money::plus);
        Money paid = visits.stream().map(SuperbillDocument.Visit::paid).reduce(Money.ZERO, Money::plus);
        BillingFacts c = in.clinic();
        return new SuperbillDocument(
                in.id(),
                in.number(),
                in.version(),
                in.previousId(),
                in.correctionReason(),
                in.issuedAt(),
                in.timezone(),
                in.from(),
                in.to(),
                new SuperbillDocument.Patient(
                        in.patient().name(),
                        in.patient().dateOfBirth(),
                        in.details().address(),
                        in.details().memberId()),
                new SuperbillDocument.Clinic(
                        c.name(),
                        new SuperbillDocument.Address(
                                c.address().street(),
                                c.address().city(),
                                c.address().state(),
                                c.address().zip()),
                        c.phone(),
                        in.identity().taxId(),
                        in.identity().organisationNpi() == null
                                ? null
                                : in.identity().organisationNpi().value()),
                clinicians,
                List.copyOf(diagnoses.values()),
                visits,
                charge,
                paid,
                charge.minus(paid),
                attestation(clinicians));
    }

    /** The clinician's index among the superbill's clinicians, or -1 (with the problems named) when one is missing. */
    private static int clinician(
            Inputs in,
            UUID practitionerId,
            String at,
            String field,
            List<SuperbillDocument.Clinician> clinicians,
            List<Problem> missing) {
        Optional<Clinician> found = in.clinic().clinician(practitionerId);
        if (found.isEmpty()) {
            missing.add(new Problem(at + ".clinician", "is not one of the clinic's practitioners"));
            return -1;
        }
        Clinician c = found.get();
        boolean ok = true;
        if (!Npi.isValid(c.npi())) {
            missing.add(new Problem(field + ".npi", "of " + c.name() + " is missing or not a valid NPI"));
            ok = false;
        }
        String state = in.clinic().address().state();
        Optional<Licence> licence = c.licences().stream()
                .filter(l -> l.state().equals(state) && !l.status().equals("EXPIRED"))
                .sorted((a, b) -> Boolean.compare(
                        !a.status().equals("VERIFIED"), !b.status().equals("VERIFIED")))
                .findFirst();
        if (licence.isEmpty()) {
            missing.add(new Problem(field + ".licence", "of " + c.name() + " in " + state + " is missing"));
            ok = false;
        }
        if (!ok) {
            return -1;
        }
        clinicians.add(new SuperbillDocument.Clinician(
                c.name(),
                c.credentials(),
                c.npi(),
                licence.get().number(),
                licence.get().state()));
        return clinicians.size() - 1;
    }

    private static List<String> visitDiagnoses(VisitInput visit, IcdCatalogue icd, String at, List<Problem> missing) {
        Set<String> codes = new LinkedHashSet<>();
        if (visit.session() != null) {
            codes.add(visit.session().icd10());
        }
        if (visit.coding() != null) {
            codes.addAll(visit.coding().diagnoses());
        }
        List<String> billable = new ArrayList<>();
        for (String code : codes) {
            if (icd.lookup(code) instanceof IcdCatalogue.Billable b) {
                billable.add(b.code());
            } else {
                missing.add(new Problem(at + ".diagnosis", code + " is not a billable ICD-10-CM code"));
            }
        }
        return billable.size() > 4 ? billable.subList(0, 4) : billable;
    }

    private static SuperbillDocument.@Nullable Visit visit(
            Inputs in,
            VisitInput visit,
            int clinician,
            String pointers,
            String at,
            boolean procedureDay,
            List<Problem> missing) {
        CodeDerivation.VisitFacts facts = new CodeDerivation.VisitFacts(
                visit.session() == null
                        ? List.of()
                        : visit.session().doses().stream()
                                .map(d ->
                                        new CodeDerivation.Dose(d.drug(), d.route(), d.amountMg(), d.start(), d.stop()))
                                .toList(),
                visit.session() == null ? null : visit.session().dischargeAt(),
                visit.coding() == null ? null : visit.coding().em(),
                visit.scoredScreeners());
        List<CodeDerivation.CodedLine> coded =
                new ArrayList<>(CodeDerivation.derive(facts, in.identity().ketamineNdc()));
        if (procedureDay
                && !coded.isEmpty()
                && coded.get(0).code().startsWith("992")
                && coded.get(0).modifiers().isEmpty()) {
            CodeDerivation.CodedLine em = coded.get(0);
            coded.set(0, new CodeDerivation.CodedLine(em.code(), List.of("25"), em.units(), em.description(), null));
        }
        Money visitCharge;
        if (visit.service() == ServiceType.FREE_CONSULT) {
            visitCharge = in.prices().consultation();
        } else {
            BillableService priced = billed(visit);
            Optional<Money> price = in.prices().priceOf(priced);
            if (price.isEmpty()) {
                missing.add(new Problem("priceList." + priced.name(), "has no price for " + priced.label()));
                return null;
            }
            visitCharge = price.get();
        }
        List<SuperbillDocument.Line> lines = new ArrayList<>();
        boolean charged = false;
        for (CodeDerivation.CodedLine l : coded) {
            boolean carries = !charged
                    && (visit.service() == ServiceType.FREE_CONSULT
                            ? l.code().startsWith("992")
                            : l.procedure() || l.code().equals("J0013"));
            charged |= carries;
            lines.add(new SuperbillDocument.Line(
                    l.code(),
                    l.modifiers(),
                    l.units(),
                    l.description(),
                    l.drugInfo(),
                    pointers,
                    carries ? visitCharge : Money.ZERO));
        }
        if (lines.isEmpty()) {
            missing.add(new Problem(
                    at + ".codes", "nothing billable was recorded (visit on " + DAY.format(visit.day()) + ")"));
            return null;
        }
        Money charge = lines.stream().map(SuperbillDocument.Line::charge).reduce(Money.ZERO, Money::plus);
        PlaceOfService pos = placeOfService(visit);
        return new SuperbillDocument.Visit(
                visit.day(),
                pos.code(),
                pos.label(),
                visit.service().label(),
                clinician,
                lines,
                charge,
                visit.paid(),
                charge.minus(visit.paid()));
    }

    private static BillableService billed(VisitInput visit) {
        boolean esketamine = visit.session() != null
                && visit.session().doses().stream().anyMatch(d -> d.drug().equals("ESKETAMINE"));
        if (esketamine) {
            return BillableService.ESKETAMINE_SESSION;
        }
        return switch (visit.service()) {
            case IM_INJECTION -> BillableService.IM_INJECTION;
            case AT_HOME_SESSION -> BillableService.AT_HOME_SESSION;
            default -> BillableService.IV_INFUSION;
        };
    }

    private static PlaceOfService placeOfService(VisitInput visit) {
        if (visit.service() == ServiceType.IV_INFUSION || visit.service() == ServiceType.IM_INJECTION) {
            return PlaceOfService.OFFICE;
        }
        if (visit.coding() != null && visit.coding().placeOfService() != null) {
            return visit.coding().placeOfService();
        }
        return PlaceOfService.TELEHEALTH_HOME;
    }

    static String attestation(List<SuperbillDocument.Clinician> clinicians) {
        String signatures = String.join(
                "; ",
                clinicians.stream()
                        .map(c -> c.nameWithCredentials() + " (NPI " + c.npi() + ")")
                        .toList());
        return "I attest that the services listed were medically necessary and were provided by me or under my direct"
                + " supervision, as documented in the patient's record. Signature on file: " + signatures + ".";
    }
}
