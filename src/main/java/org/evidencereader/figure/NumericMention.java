package org.evidencereader.figure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A number found in running text.
 *
 * @param start 0-based offset of the first char of the number (a leading sign cue such as 下跌 or a
 *     bound such as 不到 is not part of the span; see {@link #cue()})
 * @param end offset after the last char (after the unit, if any)
 * @param text exactly {@code source.substring(start, end)}
 * @param low the value (low end of a range), in {@link #unitText()}'s unit, with 万/亿 applied and
 *     the sign cue applied; a percentage is in percent (38.49, not 0.3849)
 * @param high the high end (equal to low for a single value)
 * @param lowStep one unit of the last digit written for the low end (50.4万 → 1000, 8.2 → 0.1)
 * @param highStep the same for the high end
 * @param unitText the unit or classifier as written (千瓦, 片, %, 年), empty if none; for a time point
 *     the last part written (年, 季度, 月, 日)
 * @param unit the unit when the unit text is a known unit; empty for classifiers (片 张 个 台 块 段
 *     次) and time points
 * @param kind quantity, percent or time point
 * @param timePoint for a time point whose year is written (2024年第三季度 → 2024-Q3); empty for a
 *     month without a year (9月), whose month number is then {@code low} (see {@link #month()})
 * @param cue the word right before the number that changes its meaning: a sign cue (下跌, 增长) or a
 *     bound (不到, 不超过, 约), empty if none
 */
public record NumericMention(
        int start,
        int end,
        String text,
        double low,
        double high,
        double lowStep,
        double highStep,
        String unitText,
        Optional<Unit> unit,
        MentionKind kind,
        Optional<TimePoint> timePoint,
        String cue) {

    public NumericMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unitText, "unitText");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timePoint, "timePoint");
        Objects.requireNonNull(cue, "cue");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("bad values " + low + ".." + high);
        }
        if (!(lowStep > 0) || !(highStep > 0)) {
            throw new IllegalArgumentException("steps must be positive");
        }
    }

    public boolean isRange() {
        return low != high;
    }

    /**
     * The value as a quantity: in the known unit (50.4万千瓦 → 504000 kW; 38.49% → 38.49 %); a bare
     * number in the ratio {@code 1} when the unit is a classifier or absent (72万张 → 720000); empty
     * for time points.
     */
    public Optional<Quantity> quantity() {
        if (kind == MentionKind.TIME_POINT) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(low, high, unit.orElse(Unit.ONE)));
    }

    /** The month of a time point that names one (9月, 2024年9月). */
    public OptionalInt month() {
        if (kind != MentionKind.TIME_POINT) {
            return OptionalInt.empty();
        }
        if (timePoint.isPresent()) {
            int m = timePoint.get().month();
            return m == 0 ? OptionalInt.empty() : OptionalInt.of(m);
        }
        return unitText.equals("月") ? OptionalInt.of((int) low) : OptionalInt.empty();
    }
}
