package org.ketapath.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.shared.Money;

/**
 * What a typical course of treatment costs at a clinic, for its provider page. Implemented by billing, which
 * owns the clinics' price lists.
 */
public interface CourseEstimates {

    /** The estimate of a typical course at the clinic, when it lists the prices to make one. */
    Optional<TypicalCourse> typicalCourse(UUID clinicId);

    /**
     * A typical course and its breakdown, in words.
     *
     * @param headline e.g. "A typical course of 6 IV infusions: $3,000"
     * @param lines the breakdown
     * @param total the total
     * @param notes plain notes (what is included, HSA/FSA, reimbursement)
     */
    record TypicalCourse(String headline, List<Line> lines, Money total, List<String> notes) {

        public TypicalCourse {
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }
    }

    /** One line of the breakdown. */
    record Line(String description, int quantity, Money unitPrice, Money amount) {}
}
