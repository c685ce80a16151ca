package org.ketapath.shared;

/** A well-formed ZIP code that is not in the ZIP centroid data. */
public class UnknownZipCodeException extends RuntimeException {

    public UnknownZipCodeException(ZipCode zip) {
        super("we don't know the ZIP code " + zip.value());
    }
}
