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

    /**
     * CONSISTENT when both ends agree within the tolerance; INCONSISTENT when they do not or the
     * stated unit cannot hold the value (千瓦 against GPU); UNCHECKED for time points.
     *
     * <p>When the stated unit is known both are compared in that unit (equivalent to comparing in
     * canonical units). When the stated unit is a classifier (片, 张) or absent, the bare number is
     * compared with the value in the value's own unit (72万张 against 720000 GPU).
     */
    public static Consistency check(NumericMention stated, Quantity value) {
        if (stated == null
                || value == null
                || stated.kind() == MentionKind.TIME_POINT
                || stated.kind() == MentionKind.VAGUE) {
            return Consistency.UNCHECKED;
        }
        Quantity v = value;
        if (stated.unit().isPresent()) {
            Unit unit = stated.unit().get();
            if (!value.unit().isCompatible(unit)) {
                return Consistency.INCONSISTENT;
            }
            v = value.to(unit);
        }
        boolean ok = switch (Bound.of(stated.cue())) {
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
            case EXACT ->
                close(stated.low(), v.low(), stated.lowStep()) && close(stated.high(), v.high(), stated.highStep());
        };
        return ok ? Consistency.CONSISTENT : Consistency.INCONSISTENT;
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
