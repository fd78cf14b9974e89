package org.evidencereader.figure;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.TERA;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.UnitConverter;
import org.evidencereader.diagnostic.Message;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * A unit of a figure: a product of atoms with integer exponents, e.g. {@code kW}, {@code CNY/s},
 * {@code GPU·h}.
 *
 * <p>Physical atoms (power, energy, time) and the ratios {@code %}, {@code ×}, {@code 1} are backed by
 * Indriya (JSR 385) units, which supply their dimension and conversion factor. Currencies ({@code
 * CNY}, {@code USD}) are base dimensions of their own with no conversion between them. Any other
 * word is a counted noun ({@code GPU}, {@code clip}): following UCUM's annotations it is
 * dimensionless with a label, so {@code GPU·W} converts to {@code W}, while {@code GPU} is not
 * compatible with {@code %}, {@code W} or another noun.
 *
 * <p>Immutable and thread-safe; equal units have equal {@link #symbol()}.
 *
 * <h2>Indriya is asked once per unit, not once per value</h2>
 *
 * <p>Indriya computes the dimension of a product unit ({@code kW·h/s}) afresh on every call, and
 * that dominated loading a large library, since every value converted or checked asks for it. So
 * what Indriya says about the physical part of a unit (its dimension and its factor to SI) is
 * worked out when the unit is made, once for each distinct product of atoms ({@link #PHYSICS}), and
 * equal dimensions are shared ({@link #DIMENSIONS}) so that comparing two is mostly a reference
 * check. Parsed units are kept by their text ({@link #PARSED}). The three caches are concurrent,
 * hold only immutable values, and stop growing at {@value #CACHE_LIMIT} entries each, so that
 * odd input (thousands of different counted nouns) cannot make them grow without end: past the
 * limit values are computed as before, only not kept.
 */
public final class Unit {

    enum Kind {
        PHYSICAL,
        RATIO,
        CURRENCY,
        COUNT
    }

    record Atom(String symbol, String chinese, Kind kind, javax.measure.Unit<?> si) {}

    record Term(Atom atom, int exponent) {}

    /** What Indriya says about a product of physical and ratio atoms: its dimension and factor to SI. */
    private record Physics(Dimension dimension, double factor, boolean dimensionless) {}

    /** The most entries each cache keeps. */
    static final int CACHE_LIMIT = 1_000;

    /** By the physical and ratio terms in order, e.g. {@code "kW^1 h^1 s^-1"}. */
    private static final Map<String, Physics> PHYSICS = new ConcurrentHashMap<>();

    /** One instance of each distinct dimension, so that equal dimensions are usually the same object. */
    private static final Map<Dimension, Dimension> DIMENSIONS = new ConcurrentHashMap<>();

    /** Units by the text they were parsed from. */
    private static final Map<String, Unit> PARSED = new ConcurrentHashMap<>();

    private static final Dimension NO_DIMENSION = AbstractUnit.ONE.getDimension();

    private static final javax.measure.Unit<?> YEAR_SI =
            Units.DAY.multiply(1461).divide(4);
    private static final Map<String, Atom> ATOMS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        physical("W", "瓦", Units.WATT);
        physical("kW", "千瓦", KILO(Units.WATT));
        physical("MW", "兆瓦", MEGA(Units.WATT));
        physical("GW", "吉瓦", GIGA(Units.WATT));
        physical("万千瓦", "万千瓦", KILO(Units.WATT).multiply(10000));
        physical("J", "焦", Units.JOULE);
        physical("kWh", "度", KILO(Units.WATT).multiply(Units.HOUR));
        physical("MWh", "兆瓦时", MEGA(Units.WATT).multiply(Units.HOUR));
        physical("GWh", "吉瓦时", GIGA(Units.WATT).multiply(Units.HOUR));
        physical("TWh", "太瓦时", TERA(Units.WATT).multiply(Units.HOUR));
        physical("s", "秒", Units.SECOND);
        physical("min", "分钟", Units.MINUTE);
        physical("h", "小时", Units.HOUR);
        physical("d", "天", Units.DAY);
        physical("month", "个月", YEAR_SI.divide(12));
        physical("year", "年", YEAR_SI);
        atom("CNY", "元", Kind.CURRENCY, AbstractUnit.ONE);
        atom("USD", "美元", Kind.CURRENCY, AbstractUnit.ONE);
        atom("%", "%", Kind.RATIO, Units.PERCENT);
        atom("‰", "‰", Kind.RATIO, AbstractUnit.ONE.divide(1000));
        atom("×", "倍", Kind.RATIO, AbstractUnit.ONE);
        atom("1", "", Kind.RATIO, AbstractUnit.ONE);
        ALIASES.put("千瓦", "kW");
        ALIASES.put("兆瓦", "MW");
        ALIASES.put("瓦", "W");
        ALIASES.put("度", "kWh");
        ALIASES.put("千瓦时", "kWh");
        ALIASES.put("秒", "s");
        ALIASES.put("分钟", "min");
        ALIASES.put("小时", "h");
        ALIASES.put("天", "d");
        ALIASES.put("个月", "month");
        ALIASES.put("年", "year");
        ALIASES.put("元", "CNY");
        ALIASES.put("美元", "USD");
        ALIASES.put("倍", "×");
    }

    private static void physical(String symbol, String chinese, javax.measure.Unit<?> si) {
        atom(symbol, chinese, Kind.PHYSICAL, si);
    }

    private static void atom(String symbol, String chinese, Kind kind, javax.measure.Unit<?> si) {
        ATOMS.put(symbol, new Atom(symbol, chinese, kind, si));
    }

    /** The dimensionless ratio {@code 1}. */
    public static final Unit ONE = new Unit(List.of());

    /** Percent, the ratio 1/100. */
    public static final Unit PERCENT = parse("%");

    public static final Unit PER_MILLE = parse("‰");

    /** Times (倍), the ratio 1. */
    public static final Unit TIMES = parse("×");

    private final List<Term> terms;
    private final Physics physics;
    private final Map<String, Integer> currencies;
    private final Map<String, Integer> nouns;
    /** {@link #symbol()}, worked out on first use (racy but safe: every thread computes the same string). */
    private String symbol;

    private Unit(List<Term> terms) {
        this.terms = List.copyOf(terms);
        StringBuilder physicalKey = new StringBuilder();
        Map<String, Integer> cur = new TreeMap<>();
        Map<String, Integer> cnt = new TreeMap<>();
        for (Term t : this.terms) {
            switch (t.atom().kind()) {
                case PHYSICAL, RATIO ->
                    physicalKey
                            .append(t.atom().symbol())
                            .append('^')
                            .append(t.exponent())
                            .append(' ');
                case CURRENCY -> cur.merge(t.atom().symbol(), t.exponent(), Integer::sum);
                case COUNT -> cnt.merge(t.atom().symbol(), t.exponent(), Integer::sum);
            }
        }
        this.physics = physics(physicalKey.toString(), this.terms);
        this.currencies = Map.copyOf(cur);
        this.nouns = Map.copyOf(cnt);
    }

    /** The physics of the physical and ratio terms, from the cache or from Indriya. */
    private static Physics physics(String key, List<Term> terms) {
        Physics known = PHYSICS.get(key);
        if (known != null) {
            return known;
        }
        javax.measure.Unit<?> p = AbstractUnit.ONE;
        for (Term t : terms) {
            if (t.atom().kind() == Kind.PHYSICAL || t.atom().kind() == Kind.RATIO) {
                p = p.multiply(t.atom().si().pow(t.exponent()));
            }
        }
        Dimension dimension = shared(p.getDimension());
        Physics computed = new Physics(dimension, toSystem(p).convert(1.0), dimension.equals(NO_DIMENSION));
        return remember(PHYSICS, key, computed);
    }

    private static Dimension shared(Dimension dimension) {
        return remember(DIMENSIONS, dimension, dimension);
    }

    /** The value already kept under {@code key}, else {@code value}, kept while the cache has room. */
    private static <K, V> V remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            V known = cache.get(key);
            return known != null ? known : value;
        }
        V earlier = cache.putIfAbsent(key, value);
        return earlier != null ? earlier : value;
    }

    /** How many entries the caches hold: for tests of their limit. */
    static int cached() {
        return Math.max(PHYSICS.size(), Math.max(DIMENSIONS.size(), PARSED.size()));
    }

    private static UnitConverter toSystem(javax.measure.Unit<?> u) {
        try {
            return u.getConverterToAny(u.getSystemUnit());
        } catch (IncommensurableException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a unit: atoms ({@code W kW MW GW 千瓦 万千瓦 J kWh MWh GWh TWh 度 s 秒 min 分钟 h 小时 d 天 month
     * 个月 year 年 CNY 元 USD % × 1}, or any other word as a counted noun) combined left to right with
     * {@code /}, {@code ·} or {@code *}.
     *
     * @throws UnitFormatException with the 0-based column of the problem
     */
    public static Unit parse(String text) {
        if (text == null) {
            throw new UnitFormatException(Message.of("diagnostic.unit.expected"), 0);
        }
        Unit known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        return remember(PARSED, text, read(text));
    }

    private static Unit read(String text) {
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> powers = new LinkedHashMap<>();
        int i = skipSpaces(text, 0);
        int sign = 1;
        boolean expectAtom = true;
        char lastOp = 0;
        while (true) {
            if (expectAtom) {
                if (i >= text.length()) {
                    throw new UnitFormatException(
                            lastOp == 0
                                    ? Message.of("diagnostic.unit.expected")
                                    : Message.of("diagnostic.unit.expected-after", lastOp),
                            i);
                }
                int start = i;
                char c = text.charAt(i);
                String word;
                if (c == '%' || c == '‰' || c == '×' || c == '1') {
                    word = String.valueOf(c);
                    i++;
                } else if (Character.isLetter(c)) {
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    word = text.substring(start, i);
                } else {
                    throw new UnitFormatException(Message.of("diagnostic.unit.expected-found", c), i);
                }
                int exponent = 1;
                if (i < text.length() && (text.charAt(i) == '²' || text.charAt(i) == '³')) {
                    exponent = text.charAt(i) == '²' ? 2 : 3;
                    i++;
                }
                Term term = new Term(atomFor(word), sign * exponent);
                int power = powers.merge(term.atom().symbol(), term.exponent(), Integer::sum);
                if (Math.abs(power) > MAX_POWER && !term.atom().symbol().equals("1")) {
                    throw new UnitFormatException(
                            Message.of("diagnostic.unit.power", term.atom().symbol(), Math.abs(power), MAX_POWER),
                            start);
                }
                terms.add(term);
                expectAtom = false;
                i = skipSpaces(text, i);
            } else {
                if (i >= text.length()) {
                    break;
                }
                char c = text.charAt(i);
                if (c == '/') {
                    sign = -1;
                } else if (c == '·' || c == '*' || c == '⋅') {
                    sign = 1;
                } else {
                    throw new UnitFormatException(Message.of("diagnostic.unit.unexpected", c), i);
                }
                lastOp = c;
                i = skipSpaces(text, i + 1);
                expectAtom = true;
            }
        }
        return of(terms);
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Atom atomFor(String word) {
        String symbol = ALIASES.getOrDefault(word, word);
        Atom known = ATOMS.get(symbol);
        if (known != null) {
            return known;
        }
        return prefixed(word)
                .or(() -> scaledInChinese(word))
                .orElseGet(() -> new Atom(word, word, Kind.COUNT, AbstractUnit.ONE));
    }

    /**
     * A physical unit written with a Chinese magnitude before it, as the article writes amounts:
     * {@code 万度} (10,000 kWh), {@code 亿瓦}, {@code 万千瓦时}. Empty for any other word.
     */
    private static Optional<Atom> scaledInChinese(String word) {
        Optional<Map.Entry<String, Double>> magnitude = NumeralParser.magnitudeAt(word, 0)
                .filter(m -> word.length() > m.getKey().length());
        if (magnitude.isEmpty()) {
            return Optional.empty();
        }
        String rest = word.substring(magnitude.get().getKey().length());
        Atom base = ATOMS.get(ALIASES.getOrDefault(rest, rest));
        if (base == null) {
            base = prefixed(rest).orElse(null);
        }
        return base != null && base.kind() == Kind.PHYSICAL
                ? Optional.of(new Atom(
                        word,
                        word,
                        Kind.PHYSICAL,
                        base.si().multiply(magnitude.get().getValue())))
                : Optional.empty();
    }

    /** The SI units that take any of {@link #PREFIXES} (those not already atoms above: mW, µW, kJ, MJ, ms …). */
    private static final Map<String, javax.measure.Unit<?>> PREFIXABLE =
            Map.of("W", Units.WATT, "J", Units.JOULE, "Wh", Units.WATT.multiply(Units.HOUR), "s", Units.SECOND);

    /** The SI prefixes a reader or editor plausibly writes; Indriya supplies their factors. */
    private static final List<javax.measure.Prefix> PREFIXES = List.of(
            javax.measure.MetricPrefix.NANO,
            javax.measure.MetricPrefix.MICRO,
            javax.measure.MetricPrefix.MILLI,
            KILO,
            MEGA,
            GIGA,
            TERA);

    /**
     * A known SI unit with an SI prefix ({@code mW}, {@code µs}, {@code kJ}), as Indriya defines it.
     * Empty for any other word, which stays a counted noun.
     */
    private static Optional<Atom> prefixed(String word) {
        for (javax.measure.Prefix prefix : PREFIXES) {
            List<String> symbols =
                    prefix == javax.measure.MetricPrefix.MICRO ? List.of("µ", "μ", "u") : List.of(prefix.getSymbol());
            for (String symbol : symbols) {
                javax.measure.Unit<?> base =
                        word.startsWith(symbol) ? PREFIXABLE.get(word.substring(symbol.length())) : null;
                if (base != null) {
                    return Optional.of(new Atom(word, word, Kind.PHYSICAL, base.prefix(prefix)));
                }
            }
        }
        return Optional.empty();
    }

    /** English names of the known units, for {@link #likelyMeant}. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("watt", "W"),
            Map.entry("kilowatt", "kW"),
            Map.entry("megawatt", "MW"),
            Map.entry("gigawatt", "GW"),
            Map.entry("joule", "J"),
            Map.entry("second", "s"),
            Map.entry("sec", "s"),
            Map.entry("minute", "min"),
            Map.entry("hour", "h"),
            Map.entry("hr", "h"),
            Map.entry("day", "d"),
            Map.entry("yr", "year"),
            Map.entry("yuan", "CNY"),
            Map.entry("rmb", "CNY"),
            Map.entry("dollar", "USD"),
            Map.entry("percent", "%"),
            Map.entry("kilowatthour", "kWh"),
            Map.entry("megawatthour", "MWh"),
            Map.entry("month", "month"),
            Map.entry("year", "year"),
            Map.entry("min", "min"));

    /**
     * The known unit a counted noun was most likely meant to be: one that differs only in case
     * ({@code w}, {@code KW}, {@code mwh}) or its English name, singular or plural ({@code Watt},
     * {@code hours}). Empty for a noun that looks like no unit ({@code GPU}, {@code clip}).
     */
    public static java.util.Optional<String> likelyMeant(String noun) {
        if (isKnown(noun)) {
            return java.util.Optional.empty();
        }
        for (String symbol : ATOMS.keySet()) {
            // m (milli) is never M (mega) written small: 'mWh' is not 'MWh' (and 'mW' is a unit of its own)
            boolean milli = noun.startsWith("m") && symbol.startsWith("M");
            if (!symbol.equals("1") && symbol.equalsIgnoreCase(noun) && !milli) {
                return java.util.Optional.of(symbol);
            }
        }
        String name = noun.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
        String singular = name.endsWith("s") && NAMES.containsKey(name.substring(0, name.length() - 1))
                ? name.substring(0, name.length() - 1)
                : name;
        return java.util.Optional.ofNullable(NAMES.get(singular));
    }

    /** The counted nouns of this unit ({@code GPU} in {@code GPU·h}), in order. */
    public java.util.Set<String> countedNouns() {
        return nouns.keySet();
    }

    /** Whether {@code word} is a known unit (not a counted noun), e.g. 千瓦, kW, 元, %, 个月. */
    public static boolean isKnown(String word) {
        return ATOMS.containsKey(ALIASES.getOrDefault(word, word))
                || prefixed(word).isPresent();
    }

    /**
     * The highest power of one atom in a unit (m³, s⁻²): what a reader can be shown (², ³), and far
     * more than any figure of this reader needs. Higher powers come only from a typo or a formula that
     * multiplies a figure by itself again and again; they are refused where they arise.
     */
    public static final int MAX_POWER = 3;

    /**
     * {@link #of}, for a product or quotient of two units: a power beyond {@link #MAX_POWER} is a
     * mismatch of the two units, named in the message.
     */
    private static Unit combined(List<Term> terms, String verb, Unit left, Unit right) {
        List<Term> merged = merged(terms);
        for (Term t : merged) {
            if (Math.abs(t.exponent()) > MAX_POWER) {
                throw new UnitMismatchException(Message.of(
                        "diagnostic.unit.power-of-result",
                        Message.of("diagnostic.unit.verb." + verb),
                        left.symbol(),
                        right.symbol(),
                        t.atom().symbol(),
                        Math.abs(t.exponent()),
                        MAX_POWER));
            }
        }
        return new Unit(merged);
    }

    private static Unit of(List<Term> terms) {
        return new Unit(merged(terms));
    }

    /** Merges equal atoms, drops zero exponents and the ratio 1 (unless it is all there is). */
    private static List<Term> merged(List<Term> terms) {
        Map<String, Term> merged = new LinkedHashMap<>();
        for (Term t : terms) {
            if (t.atom().symbol().equals("1")) {
                continue;
            }
            merged.merge(t.atom().symbol(), t, (a, b) -> new Term(a.atom(), a.exponent() + b.exponent()));
        }
        List<Term> out = new ArrayList<>();
        for (Term t : merged.values()) {
            if (t.exponent() != 0) {
                out.add(t);
            }
        }
        return out;
    }

    /** The unit's symbol, e.g. {@code kW}, {@code GPU·h}, {@code CNY/s}, {@code %}, {@code 1}. */
    public String symbol() {
        String s = symbol;
        if (s == null) {
            s = render(false);
            symbol = s;
        }
        return s;
    }

    /** The unit as a Chinese reader writes it, e.g. 千瓦, 元/秒, 倍, GPU·小时; empty for the ratio 1. */
    public String chinese() {
        return terms.isEmpty() ? "" : render(true);
    }

    private String render(boolean chinese) {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        for (Term t : terms) {
            String s = (chinese ? t.atom().chinese() : t.atom().symbol()) + power(Math.abs(t.exponent()));
            if (t.exponent() > 0) {
                num.append(num.length() == 0 ? "" : "·").append(s);
            } else {
                den.append('/').append(s);
            }
        }
        if (num.length() == 0) {
            num.append('1');
        }
        return num.append(den).toString();
    }

    /**
     * A power in superscript digits. Units read or combined stay within {@link #MAX_POWER}, but the
     * canonical form of one can merge atoms (kW³·W³ is W⁶), and a symbol must always be printable.
     */
    private static String power(int e) {
        if (e == 1) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(e).toCharArray()) {
            digits.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return digits.toString();
    }

    /** The product of two units, e.g. GPU × W = GPU·W. */
    public Unit times(Unit other) {
        List<Term> all = new ArrayList<>(terms);
        all.addAll(other.terms);
        return combined(all, "multiply", this, other);
    }

    /** The quotient of two units, e.g. CNY / s = CNY/s; W / W = 1. */
    public Unit dividedBy(Unit other) {
        List<Term> all = new ArrayList<>(terms);
        for (Term t : other.terms) {
            all.add(new Term(t.atom(), -t.exponent()));
        }
        return combined(all, "divide", this, other);
    }

    /** Whether this is a ratio: no dimension, no currency, no counted noun ({@code 1}, {@code %}, {@code ×}). */
    public boolean isRatio() {
        return isDimensionless() && currencies.isEmpty() && nouns.isEmpty();
    }

    /**
     * Whether a value in this unit is an amount that cannot be below zero: a physical quantity (power,
     * energy, time …) or a count of a noun (GPU), with no currency in it. Ratios (a change of −38.49%)
     * and money (a loss, a saving) can be negative.
     */
    public boolean isNeverNegative() {
        return currencies.isEmpty() && !isRatio();
    }

    /** Whether this is a count of a noun with nothing else, e.g. {@code GPU}. */
    public boolean isCount() {
        return isDimensionless() && currencies.isEmpty() && !nouns.isEmpty() && factor() == 1.0;
    }

    private boolean isDimensionless() {
        return physics.dimensionless();
    }

    Dimension dimension() {
        return physics.dimension();
    }

    private boolean sameDimension(Unit other) {
        Dimension mine = physics.dimension();
        Dimension theirs = other.physics.dimension();
        return mine == theirs || mine.equals(theirs);
    }

    /** Multiply a value in this unit by this factor to get it in {@link #canonical()}. */
    double factor() {
        return physics.factor();
    }

    /**
     * Whether values convert between the two units: the same physical dimension (from Indriya), the
     * same currencies, and the same counted nouns — except that a count may be dropped when the
     * target names none and is not a mere ratio (GPU·W converts to W, GPU·h to h; GPU does not
     * convert to % or 1).
     */
    public boolean isCompatible(Unit other) {
        if (!sameDimension(other) || !currencies.equals(other.currencies)) {
            return false;
        }
        if (nouns.equals(other.nouns)) {
            return true;
        }
        boolean oneSideBare = nouns.isEmpty() || other.nouns.isEmpty();
        return oneSideBare && !(isDimensionless() && currencies.isEmpty());
    }

    /** Converts a value in this unit to {@code target}. */
    double convert(double value, Unit target) {
        if (!isCompatible(target)) {
            throw new UnitMismatchException(Message.of("diagnostic.unit.cannot-convert", symbol(), target.symbol()));
        }
        return value * factor() / target.factor();
    }

    private static final List<Unit> NAMED = List.of(parse("W"), parse("J"), parse("s"));

    /**
     * The canonical unit: W, J, s, CNY, USD, {@code 1} for ratios, the noun for counts, and products
     * or quotients of those (CNY/s, GPU·W, GPU·s).
     */
    public Unit canonical() {
        Map<String, Term> merged = new LinkedHashMap<>();
        List<Term> physicalTerms = new ArrayList<>();
        int firstPhysical = -1;
        for (Term t : terms) {
            switch (t.atom().kind()) {
                case RATIO -> {}
                case PHYSICAL -> {
                    if (firstPhysical < 0) {
                        firstPhysical = merged.size();
                        merged.put("#physical", null);
                    }
                    physicalTerms.add(t);
                }
                default -> merged.put(t.atom().symbol(), t);
            }
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, Term> e : merged.entrySet()) {
            if (e.getValue() != null) {
                out.add(e.getValue());
            } else {
                out.addAll(canonicalPhysical(physicalTerms));
            }
        }
        return of(out);
    }

    private static List<Term> canonicalPhysical(List<Term> physicalTerms) {
        Unit p = new Unit(physicalTerms);
        for (Unit named : NAMED) {
            if (named.sameDimension(p)) {
                return named.terms;
            }
        }
        List<Term> out = new ArrayList<>();
        for (Term t : physicalTerms) {
            Atom base = ATOMS.get("s");
            for (Unit named : NAMED) {
                if (named.sameDimension(new Unit(List.of(new Term(t.atom(), 1))))) {
                    base = named.terms.get(0).atom();
                }
            }
            out.add(new Term(base, t.exponent()));
        }
        return out;
    }

    List<Term> terms() {
        return terms;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && u.symbol().equals(symbol());
    }

    @Override
    public int hashCode() {
        return symbol().hashCode();
    }

    @Override
    public String toString() {
        return symbol();
    }
}
