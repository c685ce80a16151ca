package org.ketapath.billing.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.Estimate;
import org.ketapath.billing.Estimate.AppliedPackage;
import org.ketapath.billing.Estimate.Line;
import org.ketapath.shared.Money;

/**
 * The cheapest way to buy a number of sessions under a price list: single sessions, or packages where they make
 * the total lower (a package is never bought for more sessions than asked). Exact, in cents.
 */
public final class Estimator {

    private Estimator() {}

    public static Estimate estimate(PriceList prices, BillableService service, int sessions) {
        if (sessions < 1 || sessions > org.ketapath.billing.BillingApi.MAX_ESTIMATE_SESSIONS) {
            throw new BillingRefusal.InvalidInput(
                    "sessions",
                    "must be a whole number from 1 to " + org.ketapath.billing.BillingApi.MAX_ESTIMATE_SESSIONS);
        }
        if (!prices.offers(service)) {
            throw new BillingRefusal.InvalidInput("service", "is not a service this provider lists a price for");
        }
        Money single = prices.priceOf(service).orElse(null);
        List<PriceList.PricePackage> packages = prices.packagesOf(service);
        Money[] cost = new Money[sessions + 1];
        int[] choice = new int[sessions + 1]; // -1 single session, else package index
        cost[0] = Money.ZERO;
        for (int k = 1; k <= sessions; k++) {
            if (single != null && cost[k - 1] != null) {
                cost[k] = cost[k - 1].plus(single);
                choice[k] = -1;
            }
            for (int i = 0; i < packages.size(); i++) {
                PriceList.PricePackage p = packages.get(i);
                if (p.sessions() <= k && cost[k - p.sessions()] != null) {
                    Money candidate = cost[k - p.sessions()].plus(p.price());
                    if (cost[k] == null || candidate.isLessThan(cost[k])) {
                        cost[k] = candidate;
                        choice[k] = i;
                    }
                }
            }
        }
        if (cost[sessions] == null) {
            throw new BillingRefusal.InvalidInput(
                    "sessions",
                    "cannot be bought at this provider: it sells " + service.plural() + " only in packages");
        }
        int[] used = new int[packages.size()];
        int singles = 0;
        for (int k = sessions; k > 0; ) {
            if (choice[k] < 0) {
                singles++;
                k--;
            } else {
                used[choice[k]]++;
                k -= packages.get(choice[k]).sessions();
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                prices.consultation().isZero() ? "Consultation (free)" : "Consultation",
                1,
                prices.consultation(),
                prices.consultation()));
        AppliedPackage applied = null;
        for (int i = 0; i < packages.size(); i++) {
            if (used[i] > 0) {
                PriceList.PricePackage p = packages.get(i);
                lines.add(new Line(
                        p.name() + " (package of " + p.sessions() + " " + service.plural() + ")",
                        used[i],
                        p.price(),
                        p.price().times(used[i])));
                applied = applied == null
                        ? new AppliedPackage(p.name(), p.sessions(), p.price(), p.validDays(), used[i])
                        : applied;
            }
        }
        if (singles > 0 && single != null) {
            lines.add(new Line(service.label(), singles, single, single.times(singles)));
        }
        Money total = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        Money savings = single == null || applied == null
                ? Money.ZERO
                : prices.consultation().plus(single.times(sessions)).minus(total);
        return new Estimate(
                prices.clinicId(), service, sessions, lines, applied, savings, total, notes(prices, applied, savings));
    }

    private static List<String> notes(PriceList prices, @Nullable AppliedPackage applied, Money savings) {
        List<String> notes = new ArrayList<>();
        notes.add("These are the clinic's self-pay prices; the clinic confirms the cost before treatment.");
        if (applied != null) {
            String validity =
                    applied.validDays() == null ? "" : " It must be used within " + applied.validDays() + " days.";
            notes.add("The package \"" + applied.name() + "\" is used because it costs less than single sessions"
                    + (savings.isZero() ? "." : " (you save " + savings.formatShort() + ").") + validity);
        }
        if (!prices.inclusions().isBlank()) {
            notes.add("Included: " + prices.inclusions().strip());
        }
        notes.add(
                prices.payment().hsaFsa()
                        ? "The clinic accepts HSA and FSA cards. Whether this treatment is an eligible expense is your plan's"
                                + " decision: ask your plan administrator."
                        : "Whether an HSA or FSA can pay for this treatment is your plan's decision; this clinic does not list"
                                + " HSA/FSA cards as a way to pay.");
        notes.add(
                prices.payment().superbill()
                        ? "The clinic provides a superbill for out-of-network claims. Insurers rarely cover ketamine treatment"
                                + " and reimbursement varies by plan: nothing is guaranteed."
                        : "Insurers rarely cover ketamine treatment, and this clinic does not list a superbill for"
                                + " out-of-network claims.");
        if (!prices.cancellationFee().isZero() || !prices.noShowFee().isZero()) {
            notes.add("Fees: late cancellation " + prices.cancellationFee().formatShort() + ", missed visit "
                    + prices.noShowFee().formatShort() + ".");
        }
        return notes;
    }
}
