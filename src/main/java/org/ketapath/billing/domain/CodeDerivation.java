package org.ketapath.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CPT/HCPCS codes from what happened at a visit, never typed: the treatment record's doses (route, drug, amount,
 * start and stop), the discharge time, the clinician's E/M choice and the screeners scored. The rules (DOMAIN.md,
 * Billing; CMS HCPCS 2026 for esketamine):
 *
 * <ul>
 *   <li>IV: the infusion's length from the first start to the last stop of the IV doses longer than 15 minutes;
 *       96365 for the first hour (16 minutes or more), 96366 for each further hour and for a final part-hour only
 *       when it is more than 30 minutes; doses of 15 minutes or less alone are an IV push, 96374.
 *   <li>IM: 96372. Ketamine: J3490 (unclassified drug), 1 unit, with the NDC and milligrams when the clinic gave its
 *       NDC.
 *   <li>Esketamine nasal spray: J0013 (esketamine, nasal spray, 1 mg; replaced S0013 on January 1, 2026), one unit
 *       per milligram; the monitoring from the first dose to discharge as prolonged clinical staff service, 99415 for
 *       the first hour (30 minutes or more) and 99416 for each further 30 minutes (a unit from 15 minutes).
 *   <li>E/M as the clinician chose it, with modifier 25 on a day with a procedure (infusion, injection, esketamine).
 *   <li>96127 once per scored screener.
 * </ul>
 */
public final class CodeDerivation {

    private CodeDerivation() {}

    /** A dose as the treatment record holds it. */
    public record Dose(
            String drug,
            String route,
            BigDecimal amountMg,
            Instant start,
            @Nullable Instant stop) {}

    /** What happened at one visit. */
    public record VisitFacts(
            List<Dose> doses,
            @Nullable Instant dischargeAt,
            @Nullable EmCode em,
            int scoredScreeners) {}

    /** A derived line: code, modifiers, units, a plain description and, for a drug, the NDC information. */
    public record CodedLine(
            String code,
            List<String> modifiers,
            int units,
            String description,
            @Nullable String drugInfo) {

        public CodedLine {
            modifiers = List.copyOf(modifiers);
        }

        /** Whether the line is a procedure (not an E/M, a drug or a screener). */
        public boolean procedure() {
            return !code.startsWith("J") && !code.startsWith("992") && !code.equals("96127");
        }
    }

    /** A code and how many units of it. */
    public record Units(String code, int units) {}

    /** The infusion codes for an IV infusion of this many minutes (the table of DOMAIN.md). */
    public static List<Units> infusion(long minutes) {
        if (minutes <= 0) {
            return List.of();
        }
        if (minutes <= 15) {
            return List.of(new Units("96374", 1));
        }
        long beyond = Math.max(0, minutes - 60);
        int extra = (int) (beyond / 60 + (beyond % 60 > 30 ? 1 : 0));
        return extra == 0 ? List.of(new Units("96365", 1)) : List.of(new Units("96365", 1), new Units("96366", extra));
    }

    /** The monitoring codes for an esketamine session observed this many minutes. */
    public static List<Units> esketamineMonitoring(long minutes) {
        if (minutes < 30) {
            return List.of();
        }
        long beyond = Math.max(0, minutes - 60);
        int extra = (int) (beyond / 30 + (beyond % 30 >= 15 ? 1 : 0));
        return extra == 0 ? List.of(new Units("99415", 1)) : List.of(new Units("99415", 1), new Units("99416", extra));
    }

    /**
     * The lines of one visit.
     *
     * @param ketamineNdc the clinic's ketamine NDC (11 digits), if it gave one
     */
    public static List<CodedLine> derive(VisitFacts visit, @Nullable String ketamineNdc) {
        List<CodedLine> lines = new ArrayList<>();
        List<Dose> iv =
                visit.doses().stream().filter(d -> d.route().equals("IV")).toList();
        List<Dose> infusions = iv.stream().filter(d -> minutes(d) > 15).toList();
        if (!infusions.isEmpty()) {
            Instant start = infusions.stream()
                    .map(Dose::start)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Instant stop = infusions.stream()
                    .map(Dose::stop)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            for (Units u : infusion(Duration.between(start, stop).toMinutes())) {
                lines.add(new CodedLine(u.code(), List.of(), u.units(), describe(u.code()), null));
            }
        } else if (!iv.isEmpty()) {
            lines.add(new CodedLine("96374", List.of(), 1, describe("96374"), null));
        }
        if (visit.doses().stream().anyMatch(d -> d.route().equals("IM"))) {
            lines.add(new CodedLine("96372", List.of(), 1, describe("96372"), null));
        }
        BigDecimal ketamineMg = total(visit.doses(), "KETAMINE");
        if (ketamineMg.signum() > 0) {
            String info = ketamineNdc == null
                    ? null
                    : "N4" + ketamineNdc + " ME"
                            + ketamineMg.stripTrailingZeros().toPlainString();
            lines.add(new CodedLine("J3490", List.of(), 1, "Unclassified drug: ketamine " + mg(ketamineMg), info));
        }
        BigDecimal esketamineMg = total(visit.doses(), "ESKETAMINE");
        if (esketamineMg.signum() > 0) {
            int units = esketamineMg.setScale(0, RoundingMode.HALF_UP).intValueExact();
            lines.add(new CodedLine("J0013", List.of(), units, describe("J0013"), null));
            Instant first = visit.doses().stream()
                    .filter(d -> d.drug().equals("ESKETAMINE"))
                    .map(Dose::start)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            if (visit.dischargeAt() != null) {
                for (Units u : esketamineMonitoring(
                        Duration.between(first, visit.dischargeAt()).toMinutes())) {
                    lines.add(new CodedLine(u.code(), List.of(), u.units(), describe(u.code()), null));
                }
            }
        }
        boolean procedureDay =
                lines.stream().anyMatch(l -> l.procedure() || l.code().equals("J0013"));
        if (visit.em() != null) {
            lines.add(
                    0,
                    new CodedLine(
                            visit.em().code(),
                            procedureDay ? List.of("25") : List.of(),
                            1,
                            visit.em().description(),
                            null));
        }
        if (visit.scoredScreeners() > 0) {
            lines.add(new CodedLine("96127", List.of(), visit.scoredScreeners(), describe("96127"), null));
        }
        return lines;
    }

    static String describe(String code) {
        return switch (code) {
            case "96365" -> "IV infusion, first hour";
            case "96366" -> "IV infusion, each additional hour";
            case "96374" -> "IV push, single or first drug";
            case "96372" -> "Injection, intramuscular";
            case "J0013" -> "Esketamine, nasal spray, 1 mg";
            case "99415" -> "Prolonged clinical staff service, first hour (monitoring)";
            case "99416" -> "Prolonged clinical staff service, each additional 30 minutes (monitoring)";
            case "96127" -> "Brief emotional/behavioral assessment, per scored instrument";
            default -> code;
        };
    }

    private static long minutes(Dose d) {
        return d.stop() == null ? 0 : Duration.between(d.start(), d.stop()).toMinutes();
    }

    private static BigDecimal total(List<Dose> doses, String drug) {
        return doses.stream()
                .filter(d -> d.drug().equals(drug))
                .map(Dose::amountMg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String mg(BigDecimal mg) {
        return mg.stripTrailingZeros().toPlainString() + " mg";
    }
}
