package org.ketapath.billing.domain;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.Npi;

/**
 * What a clinic's superbills say about it beyond the directory.
 *
 * @param clinicId the clinic
 * @param taxId its federal tax id (EIN, "12-3456789"), if given
 * @param organisationNpi its organisation (type 2) NPI, if given
 * @param ketamineNdc the 11-digit NDC (5-4-2) of the ketamine it gives, reported with J3490, if given
 */
public record BillingIdentity(
        UUID clinicId,
        @Nullable String taxId,
        @Nullable Npi organisationNpi,
        @Nullable String ketamineNdc) {

    private static final Pattern EIN = Pattern.compile("[0-9]{2}-?[0-9]{7}");
    private static final Pattern NDC_PARTS = Pattern.compile("([0-9]{4,5})-([0-9]{3,4})-([0-9]{1,2})");

    public static BillingIdentity none(UUID clinicId) {
        return new BillingIdentity(clinicId, null, null, null);
    }

    /** "123456789" or "12-3456789" as "12-3456789"; null when it is not an EIN's nine digits. */
    public static @Nullable String normaliseEin(String text) {
        String t = text.strip();
        if (!EIN.matcher(t).matches()) {
            return null;
        }
        String digits = t.replace("-", "");
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }

    /**
     * An NDC as printed on the package (10 digits as 4-4-2, 5-3-2 or 5-4-1 with hyphens) or already as 11 digits,
     * as the 11-digit 5-4-2 form claims use; null when it is neither.
     */
    public static @Nullable String normaliseNdc(String text) {
        String t = text.strip();
        if (t.matches("[0-9]{11}")) {
            return t;
        }
        var m = NDC_PARTS.matcher(t);
        if (!m.matches()
                || m.group(1).length() + m.group(2).length() + m.group(3).length() != 10) {
            if (m.matches()
                    && m.group(1).length() == 5
                    && m.group(2).length() == 4
                    && m.group(3).length() == 2) {
                return m.group(1) + m.group(2) + m.group(3);
            }
            return null;
        }
        return pad(m.group(1), 5) + pad(m.group(2), 4) + pad(m.group(3), 2);
    }

    /** "42023011310" as "42023-0113-10". */
    public static String formatNdc(String elevenDigits) {
        return elevenDigits.substring(0, 5) + "-" + elevenDigits.substring(5, 9) + "-" + elevenDigits.substring(9);
    }

    private static String pad(String s, int length) {
        return "0".repeat(length - s.length()) + s;
    }
}
