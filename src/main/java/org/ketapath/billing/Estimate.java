package org.ketapath.billing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.Money;

/**
 * What a number of sessions of a service would cost at a clinic under its price list: the consultation, the
 * sessions (a package used where it makes the total lower), the total and plain notes.
 *
 * @param clinicId the clinic (provider)
 * @param service the service
 * @param sessions how many sessions
 * @param lines the breakdown
 * @param packageApplied the package used, if one made the total lower
 * @param savings how much the package saves against single sessions (zero without one)
 * @param total the sum of the lines
 * @param notes plain notes: what is included, HSA/FSA, reimbursement, fees
 */
public record Estimate(
        UUID clinicId,
        BillableService service,
        int sessions,
        List<Line> lines,
        @Nullable AppliedPackage packageApplied,
        Money savings,
        Money total,
        List<String> notes) {

    public Estimate {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** One line: what, how many, the price of one and the amount. */
    public record Line(String description, int quantity, Money unitPrice, Money amount) {}

    /** The package the estimate uses: its name, sessions, price, how long it is valid and how many are used. */
    public record AppliedPackage(
            String name,
            int sessions,
            Money price,
            @Nullable Integer validDays,
            int count) {}
}
