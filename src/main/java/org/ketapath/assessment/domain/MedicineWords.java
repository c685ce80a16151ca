package org.ketapath.assessment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a medicine as typed is compared with catalogue names: its words, and whether two words are one slip apart.
 * Public for the module's own API ({@link org.ketapath.assessment.MedicineNames}); other modules use that.
 */
public final class MedicineWords {

    /** A number with a unit is a dose ("0.5mg", "10 mg", "2%", "1000 IU"); a bare number may be part of a name. */
    private static final Pattern DOSE =
            Pattern.compile("(?<![a-z0-9])\\d+(?:[.,]\\d+)?\\s*(?:mcg|µg|ug|mg|gm|g|ml|iu|units?|meq|%)(?![a-z])");

    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private MedicineWords() {}

    /**
     * Lower-case words and bare numbers, with apostrophes dropped ("St John's" is "st johns"), doses removed and
     * everything else a separator ("Tylenol #3" is "tylenol 3", "oxycodone/APAP" is "oxycodone apap").
     */
    public static List<String> of(String text) {
        String plain = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        plain = DOSE.matcher(plain).replaceAll(" ");
        plain = SEPARATORS.matcher(plain).replaceAll(" ").trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    /**
     * Whether one insertion, deletion, substitution or swap of two neighbouring letters turns {@code a} into
     * {@code b} (optimal string alignment distance 1).
     */
    public static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return distance(a, b) == 1;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
