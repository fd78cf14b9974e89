package org.evidencereader.figure;

/** Two units that cannot be converted into each other or added, e.g. "cannot convert GPU to W". */
public class UnitMismatchException extends RuntimeException {
    public UnitMismatchException(String message) {
        super(message);
    }
}
