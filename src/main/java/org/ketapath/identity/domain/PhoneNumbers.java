package org.ketapath.identity.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Phone numbers as typed (US numbers need no country code) checked with libphonenumber and kept as E.164. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The number in E.164 ("+12155550134"), or empty when it is not a valid phone number. */
    public static Optional<String> e164(@Nullable String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(typed.strip(), "US");
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A stored number as people read it: "(215) 555-0134" for US numbers, international format otherwise. */
    public static String display(String e164) {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(e164, "US");
            return UTIL.format(
                    number,
                    number.getCountryCode() == 1
                            ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                            : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
