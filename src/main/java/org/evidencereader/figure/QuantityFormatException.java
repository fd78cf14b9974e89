package org.evidencereader.figure;

/** A value text that cannot be read; {@link #column()} is the 0-based column of the problem. */
public class QuantityFormatException extends RuntimeException {
    private final int column;

    public QuantityFormatException(String message, int column) {
        super(message + " at column " + column);
        this.column = column;
    }

    /** 0-based column in the text given to {@link Quantity#parse(String)}. */
    public int column() {
        return column;
    }
}
