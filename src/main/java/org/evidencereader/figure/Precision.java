package org.evidencereader.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How finely a value was written, as the step of the last digit at each end of its range, in the
 * value's own unit: {@code 4200..10500 GPU} is to the nearest 100, {@code 196.8万 kW} to 1,000 kW,
 * {@code 0.5..2 CNY} to 0.1 and 1. A whole number's trailing zeros are read as rounding, as a
 * source that writes 4,200 means "about four thousand two hundred". A computed value is exact.
 */
public record Precision(double lowStep, double highStep) {

    public static final Precision EXACT = new Precision(0, 0);

    private static final Pattern NUMBER = Pattern.compile("[-+−]?([0-9][0-9,]*)(?:\\.([0-9]+))?(万亿|万|亿)?");

    public Precision {
        if (!(lowStep >= 0) || !(highStep >= 0)) {
            throw new IllegalArgumentException("a step is a non-negative number");
        }
    }

    /** The precision of a value as a claim file writes it ({@link Quantity#parse}). */
    public static Precision of(String written) {
        Matcher m = NUMBER.matcher(written);
        if (!m.find()) {
            return EXACT;
        }
        double low = step(m);
        int end = m.end();
        int range = written.indexOf("..", end);
        if (range >= 0 && written.substring(end, range).isBlank() && m.find(range + 2)) {
            return new Precision(low, step(m));
        }
        return new Precision(low, low);
    }

    private static double step(Matcher m) {
        double magnitude = switch (m.group(3) == null ? "" : m.group(3)) {
            case "万亿" -> 1e12;
            case "万" -> 1e4;
            case "亿" -> 1e8;
            default -> 1;
        };
        if (m.group(2) != null) {
            return Math.pow(10, -m.group(2).length()) * magnitude;
        }
        String digits = m.group(1).replace(",", "");
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        return Math.pow(10, zeros) * magnitude;
    }

    /** The same precision in another unit of the same dimension ({@code factor}: how many of the new unit make one of the old). */
    Precision scaled(double factor) {
        return new Precision(lowStep * Math.abs(factor), highStep * Math.abs(factor));
    }
}
