package org.evidencereader.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Renders quantities for readers. Stateless; all methods are static.
 *
 * <p>Rounding (all three styles): 4 significant digits, but whole numbers below 100,000 keep every
 * digit (4211, 10528), and trailing zeros are dropped (50.4, not 50.40). Ranges are written with an
 * en dash, {@code low–high}, each end rounded on its own.
 *
 * <ul>
 *   <li>{@link #chinese}: as a Chinese reader writes it — power in 千瓦, energy in 度, 万 / 亿
 *       magnitudes, Chinese unit names, 倍 for ×: {@code 50.4万千瓦}, {@code 72万 GPU}, {@code
 *       0.5–2元}, {@code 8.2%}, {@code 7.2倍}.
 *   <li>{@link #si}: thousands separators; power gets the smallest of W, kW, MW, GW that keeps
 *       the number below 10,000 ({@code 504 MW}, {@code 6,120 MW}); energy likewise in kWh, MWh,
 *       GWh, TWh; every other unit (counts, time, money, composites such as GPU·h) is kept as it is
 *       with no prefix ({@code 3,076,000–7,691,000 GPU·h}), because a prefix glued to a counted
 *       noun reads like a unit of its own.
 *   <li>{@link #plain}: the number in the quantity's own unit with thousands separators ({@code
 *       504,000 kW}, {@code 720,000 GPU}, {@code 700 W}); a unit that is an English word is plural
 *       after any number but 1 ({@code 10–20 years}, {@code 1 month}).
 * </ul>
 */
public final class QuantityFormat {

    private static final String DASH = "–";
    private static final Unit WATT = Unit.parse("W");
    private static final Unit KILOWATT = Unit.parse("kW");
    private static final Unit KWH = Unit.parse("kWh");
    private static final List<Unit> POWER = units("W", "kW", "MW", "GW");
    private static final List<Unit> ENERGY = units("kWh", "MWh", "GWh", "TWh");

    /**
     * Units whose symbol is an English word, written in the plural after any number but exactly one
     * (as rounded for display) and after a range: 1 year, 0.5 years, 10–20 years, 1–2 months. A
     * unit of more than one term keeps its symbol as it is (100 CNY/year).
     */
    private static final java.util.Set<String> WORDS = java.util.Set.of("year", "month");

    private static final java.util.Set<String> SINGULAR = java.util.Set.of("1", "-1");

    private QuantityFormat() {}

    private static List<Unit> units(String... symbols) {
        return java.util.Arrays.stream(symbols).map(Unit::parse).toList();
    }

    /** In Chinese magnitudes: 50.4万千瓦, 612万千瓦, 72万 GPU, 4211–10528 GPU, 0.1–0.4元/秒, 8.2%, 7.2倍. */
    public static String chinese(Quantity q) {
        Quantity shown = q;
        Unit u = q.unit();
        if (u.isCompatible(WATT) && u.terms().stream().allMatch(t -> t.atom().kind() == Unit.Kind.PHYSICAL)) {
            shown = q.to(KILOWATT);
            if (Math.max(Math.abs(shown.low()), Math.abs(shown.high())) < 1) {
                shown = q.to(WATT);
            }
        } else if (u.isCompatible(KWH)
                && u.terms().stream().allMatch(t -> t.atom().kind() == Unit.Kind.PHYSICAL)) {
            shown = q.to(KWH);
        }
        double scale = 1;
        double small = Math.min(Math.abs(shown.low()), Math.abs(shown.high()));
        if (small == 0) {
            small = Math.max(Math.abs(shown.low()), Math.abs(shown.high()));
        }
        String magnitude = "";
        if (!shown.unit().isRatio() || shown.unit().equals(Unit.ONE)) {
            if (small >= 1e8) {
                magnitude = "亿";
                scale = 1e8;
            } else if (small >= 1e4) {
                magnitude = "万";
                scale = 1e4;
            }
        }
        String lo = number(shown.low() / scale, false) + magnitude;
        String text = lo;
        if (shown.isRange()) {
            text = lo + DASH + number(shown.high() / scale, false) + magnitude;
        }
        String unitText = shown.unit().chinese();
        if (unitText.isEmpty()) {
            return text;
        }
        boolean latin = unitText.charAt(0) < 0x2E80 && Character.isLetter(unitText.charAt(0));
        return text + (latin ? " " : "") + unitText;
    }

    /** In SI with a sensible prefix and thousands separators: 504 MW, 6,120 MW, 720,000 GPU. */
    public static String si(Quantity q) {
        Unit unit = siUnit(q);
        return plain(unit.equals(q.unit()) ? q : q.to(unit));
    }

    /**
     * The unit {@link #si} writes a quantity in: for power and energy the prefix that keeps the
     * number below 10,000 (MW for 504,000 kW), otherwise the quantity's own unit. Charts use it to
     * put several compatible quantities on one scale in the unit of the largest.
     */
    public static Unit siUnit(Quantity q) {
        Unit u = q.unit();
        boolean physicalOnly = !u.terms().isEmpty()
                && u.terms().stream().allMatch(t -> t.atom().kind() == Unit.Kind.PHYSICAL);
        if (physicalOnly && u.isCompatible(WATT)) {
            return pick(q, POWER).unit();
        }
        if (physicalOnly && u.isCompatible(KWH)) {
            return pick(q, ENERGY).unit();
        }
        return u;
    }

    private static Quantity pick(Quantity q, List<Unit> ladder) {
        Quantity best = q.to(ladder.get(0));
        for (Unit unit : ladder) {
            Quantity candidate = q.to(unit);
            best = candidate;
            if (Math.max(Math.abs(candidate.low()), Math.abs(candidate.high())) < 10000) {
                break;
            }
        }
        return best;
    }

    /** The number in the quantity's own unit with thousands separators: 504,000 kW, -38.49%. */
    public static String plain(Quantity q) {
        String text = number(q.low(), true);
        if (q.isRange()) {
            text += DASH + number(q.high(), true);
        }
        Unit u = q.unit();
        if (u.equals(Unit.ONE)) {
            return text;
        }
        String symbol = u.symbol();
        boolean glued = symbol.equals("%") || symbol.equals("‰") || symbol.equals("×");
        if (WORDS.contains(symbol) && (q.isRange() || !SINGULAR.contains(text))) {
            symbol += "s";
        }
        return text + (glued ? "" : " ") + symbol;
    }

    /**
     * A number rounded to 4 significant digits (whole numbers below 100,000 keep all their digits),
     * without trailing zeros, optionally with thousands separators.
     */
    public static String number(double value, boolean separators) {
        if (value == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(value);
        BigDecimal rounded = Math.abs(value) >= 1000 && Math.abs(value) < 100000
                ? bd.setScale(0, RoundingMode.HALF_UP)
                : bd.round(new MathContext(4, RoundingMode.HALF_UP));
        rounded = rounded.stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        String plain = rounded.toPlainString();
        return separators ? grouped(plain) : plain;
    }

    /**
     * A plain decimal ({@code -1234567.25}) with a comma between each group of three digits of its
     * whole part ({@code -1,234,567.25}), as {@code new DecimalFormat("#,##0")} in {@link Locale#ROOT}
     * writes it. Written out by hand because a DecimalFormat costs more to build (it parses its
     * pattern) than formatting the number does, and cannot be shared between threads.
     */
    static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
