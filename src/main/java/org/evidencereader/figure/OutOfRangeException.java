package org.evidencereader.figure;

/**
 * A value beyond what a double holds, as written or in the canonical unit: an overflowing product
 * or conversion. An {@link IllegalArgumentException}, as the value is what is wrong.
 */
public class OutOfRangeException extends IllegalArgumentException {
    public OutOfRangeException(double low, double high, Unit unit) {
        super("the result is too large to compute with (" + (low == high ? low : low + ".." + high) + " "
                + unit.symbol() + "; the most is about 1.8e308 in base units)");
    }
}
