package org.ketapath.interop.fhir;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * FHIR's {@code near=LAT|LON|DIST|UNIT} for {@code Location}: degrees, then a distance in {@code mi}, {@code [mi_i]}
 * or {@code km} (km when the unit is left out, as the specification says; 50 miles when the distance is, as in
 * the provider search), at most 500 miles.
 *
 * @param latitude degrees north
 * @param longitude degrees east
 * @param miles the radius in statute miles
 */
record Near(double latitude, double longitude, double miles) {

    static final double DEFAULT_MILES = 50;
    static final double MAX_MILES = 500;
    static final double KM_PER_MILE = 1.609344;

    static Near parse(@Nullable String text) {
        String[] parts = text == null ? new String[0] : text.split("\\|", -1);
        if (parts.length < 2 || parts.length > 4) {
            throw Problems.invalid("near", "must be latitude|longitude|distance|unit, e.g. 39.95|-75.16|50|mi");
        }
        double latitude = number(parts[0], -90, 90, "has a latitude that must be a number from -90 to 90");
        double longitude = number(parts[1], -180, 180, "has a longitude that must be a number from -180 to 180");
        double miles = DEFAULT_MILES;
        if (parts.length >= 3 && !parts[2].isBlank()) {
            String unit = parts.length == 4 && !parts[3].isBlank() ? parts[3].strip() : "km";
            double distance = number(parts[2], 0, Double.MAX_VALUE, "has a distance that must be a positive number");
            miles = switch (unit) {
                case "mi", "[mi_i]" -> distance;
                case "km" -> distance / KM_PER_MILE;
                default -> throw Problems.invalid("near", "has a unit that must be mi, [mi_i] or km");
            };
            if (!(miles > 0) || miles > MAX_MILES) {
                throw Problems.invalid(
                        "near", "has a distance that must be more than 0 and at most 500 mi (804.672 km)");
            }
        }
        return new Near(latitude, longitude, miles);
    }

    private static double number(String text, double min, double max, String rule) {
        try {
            double value = new BigDecimal(text.strip()).doubleValue();
            if (value < min || value > max || Double.isNaN(value)) {
                throw Problems.invalid("near", rule);
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problems.invalid("near", rule);
        }
    }
}
