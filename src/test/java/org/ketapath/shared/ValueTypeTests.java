package org.ketapath.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypeTests {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "1497758544"})
    void accepts_npis_with_a_valid_luhn_check_digit(String value) {
        assertThat(new Npi(value).value()).isEqualTo(value);
        assertThat(Npi.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "123456789", "12345678931", "12345678a3", ""})
    void refuses_npis_that_fail_the_check_or_the_format(String value) {
        assertThatThrownBy(() -> new Npi(value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Npi.isValid(value)).isFalse();
    }

    @Test
    void computes_the_check_digit_over_the_80840_prefix() {
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "123456", "1910a", "19107-1234", " ", "-1910"})
    void refuses_zip_codes_that_are_not_five_digits(String value) {
        assertThatThrownBy(() -> new ZipCode(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_leading_zeros_and_trims_input() {
        assertThat(ZipCode.parse(" 00601 ").value()).isEqualTo("00601");
    }

    @Test
    void knows_states_dc_and_territories_by_code_in_any_case() {
        assertThat(UsState.of("pa")).isEqualTo(UsState.PA);
        assertThat(UsState.of("DC").displayName()).isEqualTo("District of Columbia");
        assertThat(UsState.of("PR")).isEqualTo(UsState.PR);
        assertThatThrownBy(() -> UsState.of("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsState.of("Pennsylvania")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void looks_up_zip_centroids_and_refuses_unknown_zips_instead_of_guessing() {
        ZipCentroids centroids = new ZipCentroids();

        ZipCentroid philly = centroids.get(new ZipCode("19107"));
        assertThat(philly.state()).isEqualTo(UsState.PA);
        assertThat(philly.city()).isEqualTo("Philadelphia");
        assertThat(philly.latitude()).isCloseTo(39.95, org.assertj.core.data.Offset.offset(0.01));
        assertThat(centroids.all()).hasSize(33_792);
        assertThat(centroids.find(new ZipCode("00000"))).isEmpty();
        assertThatThrownBy(() -> centroids.get(new ZipCode("00000")))
                .isInstanceOf(UnknownZipCodeException.class)
                .hasMessageContaining("00000");
    }

    @Test
    void knows_the_last_zcta_of_the_census_file_and_the_five_the_state_source_lacked() {
        ZipCentroids centroids = new ZipCentroids();

        ZipCentroid ketchikan = centroids.get(new ZipCode("99950"));
        assertThat(ketchikan.state()).isEqualTo(UsState.AK);
        assertThat(ketchikan.city()).isEqualTo("Ketchikan");
        assertThat(centroids.get(new ZipCode("72405")).state()).isEqualTo(UsState.AR);
        assertThat(centroids.get(new ZipCode("72713")).state()).isEqualTo(UsState.AR);
        assertThat(centroids.get(new ZipCode("75036")).state()).isEqualTo(UsState.TX);
        assertThat(centroids.get(new ZipCode("75072")).state()).isEqualTo(UsState.TX);
        assertThat(centroids.get(new ZipCode("89437")).state()).isEqualTo(UsState.NV);
    }

    @Test
    void every_state_in_the_zip_data_is_a_us_state_value() {
        assertThat(new ZipCentroids().all().stream().map(ZipCentroid::state).distinct())
                .hasSize(UsState.values().length);
    }

    @Test
    void measures_great_circle_miles_between_philadelphia_and_new_york() {
        ZipCentroids centroids = new ZipCentroids();
        ZipCentroid philly = centroids.get(new ZipCode("19107"));
        ZipCentroid nyc = centroids.get(new ZipCode("10001"));

        assertThat(philly.milesTo(nyc.latitude(), nyc.longitude()))
                .isCloseTo(82.47, org.assertj.core.data.Offset.offset(0.05)); // python haversine, R = 6378168 m
    }
}
