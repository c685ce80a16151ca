package org.ketapath.directory.domain;

import org.ketapath.shared.ZipCentroid;

/**
 * The earthdistance module's model in Java: points on a sphere of radius 6,378,168 m as x/y/z cubes
 * ({@code ll_to_earth}), distances along the surface ({@code earth_distance}) and through it (chords, what
 * {@code cube_distance} and {@code earth_box} use). Computing the origin here keeps per-row work in SQL to one
 * {@code cube_distance}.
 */
final class EarthPoint {

    static final double RADIUS = 6_378_168.0;

    private EarthPoint() {}

    static double x(ZipCentroid c) {
        return RADIUS * Math.cos(Math.toRadians(c.latitude())) * Math.cos(Math.toRadians(c.longitude()));
    }

    static double y(ZipCentroid c) {
        return RADIUS * Math.cos(Math.toRadians(c.latitude())) * Math.sin(Math.toRadians(c.longitude()));
    }

    static double z(ZipCentroid c) {
        return RADIUS * Math.sin(Math.toRadians(c.latitude()));
    }

    /** The chord for a great-circle distance in metres (earthdistance's gc_to_sec). */
    static double chord(double greatCircleMeters) {
        return 2 * RADIUS * Math.sin(greatCircleMeters / (2 * RADIUS));
    }

    /** The great-circle distance in metres for a chord (earthdistance's sec_to_gc). */
    static double greatCircle(double chord) {
        return 2 * RADIUS * Math.asin(Math.min(1, chord / (2 * RADIUS)));
    }
}
