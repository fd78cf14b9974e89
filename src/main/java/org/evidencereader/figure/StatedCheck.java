package org.evidencereader.figure;

/**
 * Compares a number stated in the text with a figure's value.
 *
 * <p>Tolerance: half a unit of the last digit written, scaled by the magnitude, so 50.4万千瓦
 * accepts 503,500–504,500 kW and 8.2% accepts 8.15–8.25%. Each end of a range is compared with
 * the same end of the value (a single value has both ends equal).
 */
public final class StatedCheck {

    /** Rounding noise allowed on top of the tolerance, relative to the stated value. */
    private static final double EPSILON = 1e-9;

    private StatedCheck() {}

    /** The check of a stated number against a computed value, which is exact. */
    public static Consistency check(NumericMention stated, Quantity value) {
        return check(stated, value, Precision.EXACT);
    }

    /**
     * CONSISTENT when both ends are the same number; ROUNDED when they agree within the tolerance
     * of the stated number's last digit; SOURCE_PRECISION when they agree only within the value's
     * own precision (the article is more precise than its source); INCONSISTENT when they do not or
     * the stated unit cannot hold the value (千瓦 against GPU); UNCHECKED for time points. A number
     * stated as a bound (不到十秒, 至少) is CONSISTENT when the value keeps to it.
     *
     * <p>When the stated unit is known both are compared in that unit (equivalent to comparing in
     * canonical units). When the stated unit is a classifier (片, 张) or absent, the bare number is
     * compared with the value in the value's own unit (72万张 against 720000 GPU).
     */
    public static Consistency check(NumericMention stated, Quantity value, Precision precision) {
        if (stated == null
                || value == null
                || stated.kind() == MentionKind.TIME_POINT
                || stated.kind() == MentionKind.VAGUE) {
            return Consistency.UNCHECKED;
        }
        Quantity v = value;
        Precision p = precision;
        if (stated.unit().isPresent()) {
            Unit unit = stated.unit().get();
            if (!value.unit().isCompatible(unit)) {
                return Consistency.INCONSISTENT;
            }
            v = value.to(unit);
            p = precision.scaled(Quantity.of(1, value.unit()).to(unit).low());
        }
        Bound bound = Bound.of(stated.cue());
        if (bound == Bound.EXACT) {
            if (close(stated.low(), v.low(), 0) && close(stated.high(), v.high(), 0)) {
                return Consistency.CONSISTENT;
            }
            if (close(stated.low(), v.low(), stated.lowStep()) && close(stated.high(), v.high(), stated.highStep())) {
                return Consistency.ROUNDED;
            }
            return close(v.low(), stated.low(), p.lowStep()) && close(v.high(), stated.high(), p.highStep())
                    ? Consistency.SOURCE_PRECISION
                    : Consistency.INCONSISTENT;
        }
        boolean ok = switch (bound) {
            // 不到十秒, 不超过10万片: the text gives a ceiling, and the whole value must lie under it.
            case AT_MOST -> v.high() <= stated.high() + tolerance(stated.high(), stated.highStep());
            // 超过, 至少: a floor.
            case AT_LEAST -> v.low() >= stated.low() - tolerance(stated.low(), stated.lowStep());
            // 约, 近: the stated number is rounded more loosely than its digits say; allow 10%.
            case ABOUT ->
                Math.abs(stated.low() - v.low())
                                <= Math.max(tolerance(stated.low(), stated.lowStep()), 0.1 * Math.abs(stated.low()))
                        && Math.abs(stated.high() - v.high())
                                <= Math.max(tolerance(stated.high(), stated.highStep()), 0.1 * Math.abs(stated.high()));
            case EXACT -> throw new IllegalStateException("compared above");
        };
        return ok ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
    }

    /** Whether the text gives the number as a bound or loosely (不到, 超过, 约), not as the number itself. */
    public static boolean isBound(NumericMention stated) {
        return Bound.of(stated.cue()) != Bound.EXACT;
    }

    private static boolean close(double stated, double actual, double step) {
        return Math.abs(stated - actual) <= tolerance(stated, step);
    }

    /** Half a unit of the last stated digit: 50.4万 accepts 50.35万–50.45万. */
    private static double tolerance(double stated, double step) {
        return step / 2 + EPSILON * Math.max(1, Math.abs(stated));
    }

    /** What a cue word before the number says about it. */
    private enum Bound {
        EXACT,
        AT_MOST,
        AT_LEAST,
        ABOUT;

        static Bound of(String cue) {
            return switch (cue) {
                case "不会超过", "不超过", "不到", "不足", "最多" -> AT_MOST;
                case "超过", "至少" -> AT_LEAST;
                case "大约", "约", "近" -> ABOUT;
                default -> EXACT;
            };
        }
    }
}
