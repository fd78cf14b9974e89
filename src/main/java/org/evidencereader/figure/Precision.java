package org.evidencereader.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precise a number is as written, and a computed value rounded to match: 720,000 × 700 W ÷
 * 612万千瓦 is 8.235…%, but 72万 has two significant figures, so the reader is shown 8.2%.
 */
public final class Precision {

    /** A run of digits with separators and at most one decimal point: 10,528 or 50.4 or 0.05. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+");

    private Precision() {}

    /**
     * The significant figures of the least precise number in {@code written} ("4211至10528片" → 4),
     * trailing zeros of a whole number included (the article's 700W is taken as 700, not 7 hundreds);
     * empty when it holds no digit.
     */
    public static OptionalInt significantFigures(String written) {
        Matcher m = NUMBER.matcher(written);
        int least = Integer.MAX_VALUE;
        while (m.find()) {
            String digits = m.group().replace(",", "").replace(".", "").replaceFirst("^0+", "");
            least = Math.min(least, Math.max(1, digits.length()));
        }
        return least == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(least);
    }

    /**
     * {@code q} rounded to {@code figures} significant figures; a range at the decimal place that
     * gives its end nearer to zero that many, so both ends keep the same step (68.39–170.98 → 68–171).
     */
    public static Quantity round(Quantity q, int figures) {
        if (figures < 1) {
            throw new IllegalArgumentException("figures must be positive: " + figures);
        }
        double smaller = Math.abs(q.low()) <= Math.abs(q.high()) && q.low() != 0 || q.high() == 0 ? q.low() : q.high();
        if (smaller == 0) {
            return q;
        }
        int scale = new BigDecimal(smaller)
                .round(new MathContext(figures, RoundingMode.HALF_UP))
                .scale();
        return new Quantity(at(q.low(), scale), at(q.high(), scale), q.unit());
    }

    private static double at(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
