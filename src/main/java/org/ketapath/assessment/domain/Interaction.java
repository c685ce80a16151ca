package org.ketapath.assessment.domain;

/** A medicine the person takes that the clinician should weigh, its class and why. */
public record Interaction(String medication, String drugClass, String effect) {}
