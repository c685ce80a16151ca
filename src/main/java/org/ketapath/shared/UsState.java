package org.ketapath.shared;

import java.time.ZoneId;
import java.util.Locale;

/** The 50 US states, the District of Columbia and the territories in the ZIP data, by USPS code. */
public enum UsState {
    AL("Alabama"),
    AK("Alaska"),
    AZ("Arizona"),
    AR("Arkansas"),
    CA("California"),
    CO("Colorado"),
    CT("Connecticut"),
    DE("Delaware"),
    DC("District of Columbia"),
    FL("Florida"),
    GA("Georgia"),
    HI("Hawaii"),
    ID("Idaho"),
    IL("Illinois"),
    IN("Indiana"),
    IA("Iowa"),
    KS("Kansas"),
    KY("Kentucky"),
    LA("Louisiana"),
    ME("Maine"),
    MD("Maryland"),
    MA("Massachusetts"),
    MI("Michigan"),
    MN("Minnesota"),
    MS("Mississippi"),
    MO("Missouri"),
    MT("Montana"),
    NE("Nebraska"),
    NV("Nevada"),
    NH("New Hampshire"),
    NJ("New Jersey"),
    NM("New Mexico"),
    NY("New York"),
    NC("North Carolina"),
    ND("North Dakota"),
    OH("Ohio"),
    OK("Oklahoma"),
    OR("Oregon"),
    PA("Pennsylvania"),
    RI("Rhode Island"),
    SC("South Carolina"),
    SD("South Dakota"),
    TN("Tennessee"),
    TX("Texas"),
    UT("Utah"),
    VT("Vermont"),
    VA("Virginia"),
    WA("Washington"),
    WV("West Virginia"),
    WI("Wisconsin"),
    WY("Wyoming"),
    AS("American Samoa"),
    GU("Guam"),
    MP("Northern Mariana Islands"),
    PR("Puerto Rico"),
    VI("U.S. Virgin Islands");

    private final String displayName;

    UsState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The main IANA time zone of the state (states split across zones get their most populous one's). */
    public ZoneId mainZone() {
        return ZoneId.of(
                switch (this) {
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
                });
    }

    /** The state for a two-letter USPS code, in any case; an unknown code is an IllegalArgumentException. */
    public static UsState of(String code) {
        if (code == null || code.strip().length() != 2) {
            throw new IllegalArgumentException("a US state is a two-letter USPS code");
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a US state or territory code");
        }
    }
}
