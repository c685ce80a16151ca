package org.ketapath.shared;

/**
 * Where a ZIP code tabulation area lies: its state, a city name and its internal point.
 *
 * @param zip the ZIP code
 * @param state the state or territory
 * @param city the city name
 * @param latitude degrees north
 * @param longitude degrees east (negative in the US)
 */
public record ZipCentroid(ZipCode zip, UsState state, String city, double latitude, double longitude) {

    public ZipCentroid {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    /** Great-circle distance in statute miles (haversine on a sphere of the earthdistance module's radius). */
    public double milesTo(double lat, double lon) {
        double earthRadiusMiles = 6378168.0 / 1609.344;
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * earthRadiusMiles * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
