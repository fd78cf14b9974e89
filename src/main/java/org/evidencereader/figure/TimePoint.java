package org.evidencereader.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as precise as it was written: a year, a quarter, a month or a day. Fields that
 * the precision does not use are 0 (a quarter has month 0 and day 0).
 */
public record TimePoint(int year, int quarter, int month, int day, Precision precision) {

    public enum Precision {
        YEAR,
        QUARTER,
        MONTH,
        DAY
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2})(?:-(\\d{2}))?)?");
    private static final String[] QUARTERS = {"", "一", "二", "三", "四"};

    public TimePoint {
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        boolean ok = switch (precision) {
            case YEAR -> quarter == 0 && month == 0 && day == 0;
            case QUARTER -> quarter >= 1 && quarter <= 4 && month == 0 && day == 0;
            case MONTH -> quarter == 0 && month >= 1 && month <= 12 && day == 0;
            case DAY ->
                quarter == 0
                        && month >= 1
                        && month <= 12
                        && day >= 1
                        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
        };
        if (!ok) {
            throw new IllegalArgumentException("invalid " + precision.name().toLowerCase(Locale.ROOT) + ": " + year
                    + " Q" + quarter + " M" + month + " D" + day);
        }
    }

    public static TimePoint ofYear(int year) {
        return new TimePoint(year, 0, 0, 0, Precision.YEAR);
    }

    public static TimePoint ofQuarter(int year, int quarter) {
        return new TimePoint(year, quarter, 0, 0, Precision.QUARTER);
    }

    public static TimePoint ofMonth(int year, int month) {
        return new TimePoint(year, 0, month, 0, Precision.MONTH);
    }

    public static TimePoint ofDay(int year, int month, int day) {
        return new TimePoint(year, 0, month, day, Precision.DAY);
    }

    /**
     * Reads a YAML {@code when:} value: {@code 2024}, {@code 2024-09}, {@code 2024-09-15}, {@code
     * 2024-Q3}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static TimePoint parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn but found '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return ofQuarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(3));
        return m.group(4) == null ? ofMonth(year, month) : ofDay(year, month, Integer.parseInt(m.group(4)));
    }

    /** 2024年, 2024年第三季度, 2024年9月, 2024年9月15日. */
    public String chinese() {
        return switch (precision) {
            case YEAR -> year + "年";
            case QUARTER -> year + "年第" + QUARTERS[quarter] + "季度";
            case MONTH -> year + "年" + month + "月";
            case DAY -> year + "年" + month + "月" + day + "日";
        };
    }

    /** 2024, 2024-Q3, 2024-09, 2024-09-15. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
