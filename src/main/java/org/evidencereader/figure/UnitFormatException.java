package org.evidencereader.figure;

/** A unit text that cannot be read; {@link #column()} is the 0-based column of the problem. */
public class UnitFormatException extends RuntimeException {
    private final int column;

    public UnitFormatException(String message, int column) {
        super(message + " at column " + column);
        this.column = column;
    }

    /** 0-based column in the text given to {@link Unit#parse(String)}. */
    public int column() {
        return column;
    }
}
