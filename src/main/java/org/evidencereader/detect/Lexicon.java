package org.evidencereader.detect;

import java.util.List;
import java.util.Set;

/**
 * The words the detector joins to a number. They are the units, classifiers, magnitudes and range
 * joiners that {@link org.evidencereader.figure.NumeralParser} understands, so that every span the
 * detector builds is one the parser can give a value to.
 */
final class Lexicon {

    /** Chinese units, longest first where one is a prefix of another. */
    static final List<String> CHINESE_UNITS =
            List.of("万千瓦", "千瓦时", "千瓦", "兆瓦", "瓦", "美元", "元", "分钟", "小时", "个月", "秒", "年", "天", "度", "倍");

    /** Classifiers: counted things with no unit of measure. */
    static final List<String> CLASSIFIERS = List.of("片", "张", "个", "台", "块", "段", "次");

    /** Latin unit symbols; a Latin word glued to digits that is not one of these is a model name. */
    static final Set<String> LATIN_UNITS =
            Set.of("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "W", "J", "min", "s", "h", "d", "CNY", "USD");

    static final Set<String> PERCENT = Set.of("%", "％", "‰");

    /** Magnitudes written after a number: 72万, 1.5亿, 2.3万亿. */
    static final List<String> MAGNITUDES = List.of("万亿", "亿", "万");

    /** Range joiners: 4211至10528, 0.5—2, 10~20, 5%-10%; and the list form 10年、20年. */
    static final Set<String> JOINERS = Set.of("至", "到", "—", "–", "-", "~", "～", "、");

    /** HanLP natures of words it guessed (person, place, organisation names, other proper nouns). */
    static final Set<String> GUESSED_NAMES = Set.of("nr", "nr1", "nr2", "nrf", "nrj", "ns", "nsf", "nt", "ntc", "nz");

    static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十";
    static final String CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

    private Lexicon() {}

    /** The length of the unit word {@code s} starts with, 0 if none. */
    static int unitPrefix(String s, boolean afterMagnitude) {
        if (!s.isEmpty() && PERCENT.contains(s.substring(0, 1))) {
            return 1;
        }
        int magnitude = afterMagnitude ? 0 : magnitudePrefix(s);
        String rest = s.substring(magnitude);
        for (String u : CHINESE_UNITS) {
            if (rest.startsWith(u)) {
                return magnitude + u.length();
            }
        }
        for (String u : CLASSIFIERS) {
            if (rest.startsWith(u)) {
                return magnitude + u.length();
            }
        }
        return 0;
    }

    static int magnitudePrefix(String s) {
        for (String m : MAGNITUDES) {
            if (s.startsWith(m) && s.length() > m.length()) {
                return m.length();
            }
        }
        return 0;
    }

    /** Whether the whole of {@code s} is one unit (possibly after a magnitude: 万元, 亿元). */
    static boolean isUnit(String s, boolean afterMagnitude) {
        return !s.isEmpty() && (unitPrefix(s, afterMagnitude) == s.length() || LATIN_UNITS.contains(s));
    }

    /** A unit that may follow "/" in 元/秒, CNY/min: a unit of measure, not a classifier or %. */
    static boolean isPerUnit(String s) {
        return CHINESE_UNITS.contains(s) || LATIN_UNITS.contains(s);
    }

    static boolean isClassifier(String unit) {
        String rest = unit.substring(magnitudePrefix(unit));
        return CLASSIFIERS.contains(rest);
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
