package org.ketapath.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.billing.domain.CodeDerivation.CodedLine;
import org.ketapath.billing.domain.CodeDerivation.Dose;
import org.ketapath.billing.domain.CodeDerivation.VisitFacts;

class CodeDerivationTests {

    static final Instant START = Instant.parse("2026-11-03T14:00:00Z");
    static final String NDC = "42023011310";

    static Dose ketamineIv(long minutes, String mg) {
        return new Dose("KETAMINE", "IV", new BigDecimal(mg), START, START.plus(Duration.ofMinutes(minutes)));
    }

    static String codes(List<CodedLine> lines) {
        return String.join(
                " ",
                lines.stream()
                        .map(l -> l.code()
                                + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()))
                                + (l.units() == 1 ? "" : "x" + l.units()))
                        .toList());
    }

    /** The infusion table of DOMAIN.md (Billing): minutes of infusion -> codes with units. */
    @ParameterizedTest(name = "{0} minutes: {1}")
    @CsvSource({
        "15, 96374 J3490",
        "16, 96365 J3490",
        "60, 96365 J3490",
        "89, 96365 J3490",
        "90, 96365 J3490",
        "91, 96365 96366 J3490",
        "150, 96365 96366 J3490",
        "151, 96365 96366x2 J3490",
        "211, 96365 96366x3 J3490"
    })
    void shouldDeriveInfusionCodesFromTheInfusionsLength(long minutes, String expected) {
        List<CodedLine> lines =
                CodeDerivation.derive(new VisitFacts(List.of(ketamineIv(minutes, "35")), null, null, 0), NDC);
        assertThat(codes(lines)).isEqualTo(expected);
    }

    @Test
    void shouldReportKetamineAsJ3490WithItsNdcAndMilligrams() {
        CodedLine drug =
                CodeDerivation.derive(new VisitFacts(List.of(ketamineIv(45, "37.5")), null, null, 0), NDC).stream()
                        .filter(l -> l.code().equals("J3490"))
                        .findFirst()
                        .orElseThrow();
        assertThat(drug.units()).isEqualTo(1);
        assertThat(drug.drugInfo()).isEqualTo("N442023011310 ME37.5");
        assertThat(drug.description()).contains("ketamine 37.5 mg");
        assertThat(CodeDerivation.derive(new VisitFacts(List.of(ketamineIv(45, "35")), null, null, 0), null)
                        .get(1)
                        .drugInfo())
                .isNull();
    }

    @Test
    void shouldMeasureTheInfusionFromTheFirstStartToTheLastStopOfItsDoses() {
        Dose first = ketamineIv(40, "20");
        Dose second = new Dose(
                "KETAMINE",
                "IV",
                new BigDecimal("15"),
                START.plus(Duration.ofMinutes(40)),
                START.plus(Duration.ofMinutes(95)));
        assertThat(codes(CodeDerivation.derive(new VisitFacts(List.of(first, second), null, null, 0), NDC)))
                .isEqualTo("96365 96366 J3490");
    }

    @Test
    void shouldCodeAnIntramuscularInjection() {
        Dose im = new Dose("KETAMINE", "IM", new BigDecimal("50"), START, START.plus(Duration.ofMinutes(1)));
        assertThat(codes(CodeDerivation.derive(new VisitFacts(List.of(im), null, null, 0), NDC)))
                .isEqualTo("96372 J3490");
    }

    @Test
    void shouldCodeEsketamineWithTheCurrentHcpcsCodeAndItsMonitoring() {
        Dose spray = new Dose("ESKETAMINE", "INTRANASAL_ESKETAMINE", new BigDecimal("84"), START, null);
        List<CodedLine> lines = CodeDerivation.derive(
                new VisitFacts(List.of(spray), START.plus(Duration.ofMinutes(125)), null, 0), NDC);
        assertThat(codes(lines)).isEqualTo("J0013x84 99415 99416x2");
        assertThat(codes(CodeDerivation.derive(
                        new VisitFacts(List.of(spray), START.plus(Duration.ofMinutes(134)), null, 0), NDC)))
                .isEqualTo("J0013x84 99415 99416x2");
        assertThat(codes(CodeDerivation.derive(
                        new VisitFacts(List.of(spray), START.plus(Duration.ofMinutes(135)), null, 0), NDC)))
                .isEqualTo("J0013x84 99415 99416x3");
    }

    @Test
    void shouldPutModifier25OnTheEmCodeOnADayWithAProcedureOnly() {
        assertThat(codes(CodeDerivation.derive(
                        new VisitFacts(List.of(ketamineIv(50, "35")), null, EmCode.E99213, 0), NDC)))
                .isEqualTo("99213-25 96365 J3490");
        assertThat(codes(CodeDerivation.derive(new VisitFacts(List.of(), null, EmCode.E99204, 0), NDC)))
                .isEqualTo("99204");
    }

    @Test
    void shouldCount96127OncePerScoredScreener() {
        assertThat(codes(CodeDerivation.derive(new VisitFacts(List.of(), null, EmCode.E99203, 2), NDC)))
                .isEqualTo("99203 96127x2");
        assertThat(codes(CodeDerivation.derive(new VisitFacts(List.of(), null, EmCode.E99203, 0), NDC)))
                .isEqualTo("99203");
    }
}
