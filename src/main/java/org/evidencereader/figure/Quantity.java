package org.evidencereader.figure;

import java.util.Objects;
import org.evidencereader.diagnostic.Message;

/**
 * A value or a range of values in a unit. A single value has {@code low == high}. Percentages keep
 * their unit: {@code -38.49 %} is {@code Quantity(-38.49, -38.49, %)}, whose {@link #canonical()}
 * is the ratio -0.3849.
 */
public record Quantity(double low, double high, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (!representable(low, unit) || !representable(high, unit)) {
            throw new OutOfRangeException(low, high, unit);
        }
        if (low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    /**
     * Whether a value in {@code unit} is a finite double both as written and in the canonical unit,
     * so that any conversion a page makes for display (kW → W, TWh → J) stays a number.
     */
    private static boolean representable(double value, Unit unit) {
        return Double.isFinite(value) && Double.isFinite(value * unit.factor());
    }

    /** A single value. */
    public static Quantity of(double value, Unit unit) {
        return new Quantity(value, value, unit);
    }

    /** A range; the ends may come in either order. */
    public static Quantity range(double a, double b, Unit unit) {
        return new Quantity(Math.min(a, b), Math.max(a, b), unit);
    }

    /**
     * Reads a YAML value: {@code 700 W}, {@code 612万 kW}, {@code 50.4万千瓦}, {@code 4211..10528 GPU},
     * {@code -38.49 %}, {@code -38.49%}, {@code 0.5..2 CNY}, {@code 1 month}; a bare number is the
     * ratio 1.
     *
     * @throws QuantityFormatException with the 0-based column of the problem
     */
    public static Quantity parse(String text) {
        if (text == null) {
            throw new QuantityFormatException(EXPECTED_NUMBER, 0);
        }
        int[] pos = {skip(text, 0)};
        int lowAt = pos[0];
        double low = number(text, pos);
        double high = low;
        int highAt = lowAt;
        int i = skip(text, pos[0]);
        if (text.startsWith("..", i)) {
            pos[0] = skip(text, i + 2);
            highAt = pos[0];
            high = number(text, pos);
            if (high < low) {
                throw new QuantityFormatException(Message.of("diagnostic.value.range-reversed"), skip(text, i + 2));
            }
            i = skip(text, pos[0]);
        }
        Unit unit;
        if (i >= text.length()) {
            unit = Unit.ONE;
        } else {
            try {
                unit = Unit.parse(text.substring(i));
            } catch (UnitFormatException e) {
                throw new QuantityFormatException(e.text(), i + e.column());
            }
        }
        if (!representable(low, unit)) {
            throw new QuantityFormatException(TOO_LARGE, lowAt);
        }
        if (!representable(high, unit)) {
            throw new QuantityFormatException(TOO_LARGE, highAt);
        }
        return new Quantity(low, high, unit);
    }

    private static final Message TOO_LARGE = Message.of("diagnostic.value.too-large");
    private static final Message EXPECTED_NUMBER = Message.of("diagnostic.value.expected-number");

    private static int skip(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A signed decimal with an optional 万 / 亿 / 万亿 magnitude. */
    private static double number(String s, int[] pos) {
        int i = pos[0];
        int start = i;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+' || s.charAt(i) == '−')) {
            i++;
        }
        int digits = i;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '.' && !s.startsWith("..", i)) {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i == digits || !Character.isDigit(s.charAt(digits))) {
            throw new QuantityFormatException(EXPECTED_NUMBER, start);
        }
        double value;
        try {
            value = Double.parseDouble(s.substring(start, i).replace(",", "").replace('−', '-'));
        } catch (NumberFormatException e) {
            throw new QuantityFormatException(EXPECTED_NUMBER, start);
        }
        if (!Double.isFinite(value)) {
            throw new QuantityFormatException(TOO_LARGE, start);
        }
        if (s.startsWith("万亿", i)) {
            value *= 1e12;
            i += 2;
        } else if (s.startsWith("万", i)) {
            value *= 1e4; // 50.4万千瓦 = 504000 kW: the 万 belongs to the number
            i++;
        } else if (s.startsWith("亿", i)) {
            value *= 1e8;
            i++;
        }
        pos[0] = i;
        return value;
    }

    /** The same quantity in another unit. */
    public Quantity to(Unit target) {
        return new Quantity(unit.convert(low, target), unit.convert(high, target), target);
    }

    /** The same quantity in {@link Unit#canonical()}: W, J, s, CNY, ratio 1, GPU, CNY/s… */
    public Quantity canonical() {
        return to(unit.canonical());
    }

    public boolean isRange() {
        return low != high;
    }

    /** The middle of the range (the value itself for a single value). */
    public double mid() {
        return (low + high) / 2;
    }

    public Quantity plus(Quantity other) {
        Quantity o = aligned(other, "add");
        return new Quantity(low + o.low, high + o.high, unit);
    }

    public Quantity minus(Quantity other) {
        Quantity o = aligned(other, "subtract");
        return new Quantity(low - o.high, high - o.low, unit);
    }

    public Quantity negate() {
        return new Quantity(-high, -low, unit);
    }

    public Quantity times(Quantity other) {
        double a = low * other.low;
        double b = low * other.high;
        double c = high * other.low;
        double d = high * other.high;
        return new Quantity(
                Math.min(Math.min(a, b), Math.min(c, d)),
                Math.max(Math.max(a, b), Math.max(c, d)),
                unit.times(other.unit));
    }

    /** @throws ArithmeticException when the divisor's interval contains 0 */
    public Quantity dividedBy(Quantity other) {
        if (other.low <= 0 && other.high >= 0) {
            throw new ArithmeticException("cannot divide by " + QuantityFormat.plain(other) + ": the divisor can be 0");
        }
        double a = low / other.low;
        double b = low / other.high;
        double c = high / other.low;
        double d = high / other.high;
        return new Quantity(
                Math.min(Math.min(a, b), Math.min(c, d)),
                Math.max(Math.max(a, b), Math.max(c, d)),
                unit.dividedBy(other.unit));
    }

    private Quantity aligned(Quantity other, String verb) {
        if (!unit.isCompatible(other.unit)) {
            throw new UnitMismatchException(Message.of(
                    "diagnostic.unit.cannot-combine",
                    Message.of("diagnostic.unit.verb." + verb),
                    unit.symbol(),
                    other.unit.symbol()));
        }
        return other.to(unit);
    }

    @Override
    public String toString() {
        return QuantityFormat.plain(this);
    }
}
