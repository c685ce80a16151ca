package org.ketapath.assessment.domain;

/** A named range of totals, both ends included. */
public record Band(String id, int min, int max, String label) {

    boolean contains(int total) {
        return total >= min && total <= max;
    }
}
