package org.ketapath.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.Estimate;
import org.ketapath.shared.Money;

class EstimatorTests {

    static final UUID CLINIC = UUID.randomUUID();

    static PriceList prices(Money consultation, List<PriceList.PricePackage> packages) {
        return new PriceList(
                CLINIC,
                consultation,
                Map.of(BillableService.IV_INFUSION, Money.ofDollars(550)),
                packages,
                "Pre-check, infusion and monitoring",
                new PriceList.PaymentOptions(true, true, true),
                Money.ofDollars(100),
                Money.ofDollars(150),
                false);
    }

    static PriceList.PricePackage six(long dollars) {
        return new PriceList.PricePackage(
                "Six IV infusions", BillableService.IV_INFUSION, 6, Money.ofDollars(dollars), 90);
    }

    @Test
    void shouldPriceSixSingleInfusionsWhenThereIsNoPackage() {
        Estimate e = Estimator.estimate(prices(Money.ZERO, List.of()), BillableService.IV_INFUSION, 6);
        assertThat(e.total()).isEqualTo(Money.ofDollars(3300));
        assertThat(e.packageApplied()).isNull();
        assertThat(e.lines())
                .extracting(Estimate.Line::description)
                .containsExactly("Consultation (free)", "IV infusion");
        assertThat(e.lines().get(1).quantity()).isEqualTo(6);
        assertThat(e.lines().get(1).amount()).isEqualTo(Money.ofDollars(3300));
    }

    @Test
    void shouldApplyThePackageWhenItIsCheaperAndSaySoInPlainWords() {
        Estimate e = Estimator.estimate(prices(Money.ZERO, List.of(six(3000))), BillableService.IV_INFUSION, 6);
        assertThat(e.total()).isEqualTo(Money.ofDollars(3000));
        assertThat(e.savings()).isEqualTo(Money.ofDollars(300));
        assertThat(e.packageApplied().name()).isEqualTo("Six IV infusions");
        assertThat(e.notes()).anyMatch(n -> n.contains("you save $300") && n.contains("within 90 days"));
        assertThat(e.notes()).anyMatch(n -> n.contains("your plan's decision"));
        assertThat(e.notes()).anyMatch(n -> n.contains("reimbursement varies"));
    }

    @Test
    void shouldIgnoreAPackageThatCostsMoreThanSingleSessions() {
        Estimate e = Estimator.estimate(prices(Money.ZERO, List.of(six(3500))), BillableService.IV_INFUSION, 6);
        assertThat(e.total()).isEqualTo(Money.ofDollars(3300));
        assertThat(e.packageApplied()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"1,550", "5,2750", "6,3000", "7,3550", "12,6000", "13,6550"})
    void shouldCombineThePackageWithSingleSessionsForTheCheapestTotal(int sessions, long dollars) {
        Estimate e = Estimator.estimate(prices(Money.ZERO, List.of(six(3000))), BillableService.IV_INFUSION, sessions);
        assertThat(e.total()).isEqualTo(Money.ofDollars(dollars));
        int covered = e.lines().stream()
                .skip(1)
                .mapToInt(l -> l.description().contains("package") ? l.quantity() * 6 : l.quantity())
                .sum();
        assertThat(covered).as("sessions covered by the lines").isEqualTo(sessions);
    }

    @Test
    void shouldAddAPaidConsultationToTheTotal() {
        Estimate e = Estimator.estimate(prices(Money.ofDollars(150), List.of()), BillableService.IV_INFUSION, 2);
        assertThat(e.total()).isEqualTo(Money.ofDollars(1250));
        assertThat(e.lines().get(0).description()).isEqualTo("Consultation");
    }

    @Test
    void shouldNameTheServiceAClinicDoesNotPrice() {
        assertThatThrownBy(() -> Estimator.estimate(prices(Money.ZERO, List.of()), BillableService.AT_HOME_SESSION, 6))
                .isInstanceOfSatisfying(
                        BillingRefusal.InvalidInput.class,
                        r -> assertThat(r.problems().get(0).field()).isEqualTo("service"));
    }

    @ParameterizedTest
    @CsvSource({"0", "51", "-3"})
    void shouldNameSessionsOutOfRange(int sessions) {
        assertThatThrownBy(
                        () -> Estimator.estimate(prices(Money.ZERO, List.of()), BillableService.IV_INFUSION, sessions))
                .isInstanceOfSatisfying(
                        BillingRefusal.InvalidInput.class,
                        r -> assertThat(r.problems().get(0).field()).isEqualTo("sessions"));
    }
}
