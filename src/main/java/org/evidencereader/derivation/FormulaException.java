package org.evidencereader.derivation;

/** A formula that cannot be read; {@link #column()} is the 0-based column of the problem. */
public class FormulaException extends RuntimeException {
    private final int column;

    public FormulaException(String message, int column) {
        super(message + " at column " + column);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
