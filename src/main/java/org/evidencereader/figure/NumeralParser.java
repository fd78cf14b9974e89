package org.evidencereader.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the numbers in running Chinese text: Arabic and Chinese numerals, 万/亿 magnitudes,
 * decimals, percentages, ranges (至 — – - ~ 到, and the list form 10年、20年), units and
 * classifiers, sign cues (下跌 → negative) and time points (2024年第三季度, 9月). Product and model
 * names are not numbers: digits glued to a Latin letter or to a '-' that follows a letter or digit
 * (H100, A100, GPT-4, Gen-3) are skipped.
 *
 * <p>Stateless and thread-safe; all methods are static.
 */
public final class NumeralParser {

    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    private static final String CN_PLACES = "十百千万亿";

    /** The Chinese magnitudes written after a number (72万) or before a unit (万度), longest first. */
    private static final List<Map.Entry<String, Double>> MAGNITUDES =
            List.of(Map.entry("万亿", 1e12), Map.entry("亿", 1e8), Map.entry("万", 1e4));

    /** The magnitude written at {@code i} in {@code s}, with its factor. */
    static Optional<Map.Entry<String, Double>> magnitudeAt(String s, int i) {
        return MAGNITUDES.stream().filter(m -> s.startsWith(m.getKey(), i)).findFirst();
    }
    /**
     * The longest run of Chinese numerals read as one number (一千二百三十四万五千六百七十八亿 is 17);
     * longer runs are not numbers, and stopping there keeps the scan linear on hostile text.
     */
    private static final int MAX_CHINESE_RUN = 24;

    private static final List<String> CHINESE_UNITS =
            List.of("万千瓦", "千瓦时", "千瓦", "兆瓦", "美元", "分钟", "小时", "个月", "秒", "年", "天", "元", "度", "倍", "瓦");
    private static final List<String> CLASSIFIERS = List.of("片", "张", "个", "台", "块", "段", "次");

    /**
     * Whether {@code word} is a Chinese classifier (量词) that counts things, as in 72万张 or 36万片:
     * a number followed by one is a count of whatever noun the figure counts.
     */
    public static boolean isClassifier(String word) {
        return CLASSIFIERS.contains(word) || MORE_COUNTERS.contains(word);
    }

    /** Counters a reader may write after a count, beyond those the text parser knows. */
    private static final List<String> MORE_COUNTERS = List.of("颗", "枚", "只", "部", "套", "件", "座");

    private static final List<String> LATIN_UNITS =
            List.of("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "W", "J", "min", "s", "h", "d", "CNY", "USD");
    private static final List<String> NEGATIVE_CUES = List.of("下跌", "下降", "减少", "降低", "下滑");
    private static final List<String> POSITIVE_CUES = List.of("增长", "上涨", "上升", "增加");
    private static final List<String> BOUND_CUES = List.of("不会超过", "不超过", "不到", "不足", "超过", "至少", "最多", "大约", "约", "近");
    private static final List<String> RANGE_JOINERS = List.of("至", "到", "—", "–", "-", "~", "～", "、");

    private NumeralParser() {}

    /** A number as written, before units: [start, end), its value and the unit of its last digit. */
    private record Num(int start, int end, double value, double step, boolean chinese, boolean plainInt) {}

    private record UnitMatch(String text, int end, Optional<Unit> unit) {}

    /** Every numeric mention in {@code text}, in order, with 0-based offsets. */
    public static List<NumericMention> find(String text) {
        return scan(text, false);
    }

    /**
     * The first number in a stated-number snippet such as {@code 50.4万千瓦}, {@code 4211至10528片},
     * {@code 不到十秒}, {@code 下跌38.49%}, {@code 72万 GPU}. In a snippet, any Latin word after the
     * number is a unit (a counted noun if it is not a known unit).
     */
    public static Optional<NumericMention> parseOne(String snippet) {
        List<NumericMention> all = scan(snippet == null ? "" : snippet, true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static List<NumericMention> scan(String s, boolean stated) {
        List<NumericMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean startsNumber = isDigit(c)
                    || ((c == '-' || c == '−')
                            && i + 1 < s.length()
                            && isDigit(s.charAt(i + 1))
                            && !(i > 0 && (isLatin(s.charAt(i - 1)) || isDigit(s.charAt(i - 1)))))
                    || CN_DIGITS.indexOf(c) >= 0
                    || c == '十';
            if (!startsNumber) {
                i++;
                continue;
            }
            if (isDigit(c) && i > 0 && isGlued(s, i)) {
                i = skipAlnum(s, i);
                continue;
            }
            Optional<NumericMention> m = mentionAt(s, i, stated);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i = isDigit(c) ? skipAlnum(s, i) : skipLongChineseRun(s, i);
            }
        }
        return out;
    }

    /** Digits glued after a Latin letter (H100), a digit-run we skipped, or "X-" (GPT-4, Gen-3). */
    private static boolean isGlued(String s, int i) {
        char p = s.charAt(i - 1);
        if (isLatin(p) || p == '.' || p == '_') {
            return true;
        }
        return (p == '-' || p == '−') && i >= 2 && (isLatin(s.charAt(i - 2)) || isDigit(s.charAt(i - 2)));
    }

    private static int skipAlnum(String s, int i) {
        while (i < s.length()
                && (isDigit(s.charAt(i)) || isLatin(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /**
     * Past a run of Chinese numerals too long to be a number ({@link #MAX_CHINESE_RUN}), so that such
     * a run is looked at once, not once from each of its characters; otherwise the next character.
     */
    private static int skipLongChineseRun(String s, int i) {
        int end = i;
        while (end < s.length()
                && end - i <= MAX_CHINESE_RUN
                && (CN_DIGITS.indexOf(s.charAt(end)) >= 0 || CN_PLACES.indexOf(s.charAt(end)) >= 0)) {
            end++;
        }
        if (end - i <= MAX_CHINESE_RUN) {
            return i + 1;
        }
        while (end < s.length() && (CN_DIGITS.indexOf(s.charAt(end)) >= 0 || CN_PLACES.indexOf(s.charAt(end)) >= 0)) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Optional<NumericMention> mentionAt(String s, int i, boolean stated) {
        Optional<Num> first = number(s, i);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Num a = first.get();
        String cue = cueBefore(s, i);
        // time points
        Optional<NumericMention> time = timePoint(s, a, cue);
        if (time.isPresent()) {
            return time;
        }
        Optional<UnitMatch> u1 = unitAt(s, a.end(), stated);
        // ranges
        int j = u1.map(UnitMatch::end).orElse(a.end());
        for (String joiner : RANGE_JOINERS) {
            if (!s.startsWith(joiner, j)) {
                continue;
            }
            int k = j + joiner.length();
            if (k >= s.length()
                    || !(isDigit(s.charAt(k)) || CN_DIGITS.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '十')) {
                break;
            }
            if (a.chinese() != (CN_DIGITS.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '十')) {
                break;
            }
            Optional<Num> second = number(s, k);
            if (second.isEmpty()) {
                break;
            }
            Num b = second.get();
            Optional<UnitMatch> u2 = unitAt(s, b.end(), stated);
            if (joiner.equals("、")) {
                if (u1.isEmpty()
                        || u2.isEmpty()
                        || !u1.get().text().equals(u2.get().text())) {
                    break;
                }
            } else if (u1.isPresent()
                    && (u2.isEmpty() || !u1.get().text().equals(u2.get().text()))) {
                break;
            }
            double low = a.value();
            double lowStep = a.step();
            // 3至5万 means 3万至5万
            double magnitude = b.step() >= 1e4 && a.plainInt() && a.value() < b.value() / b.step() ? b.step() : 1;
            if (magnitude > 1) {
                low *= magnitude;
                lowStep *= magnitude;
            }
            if (low > b.value()) {
                break;
            }
            int end = u2.map(UnitMatch::end).orElse(b.end());
            Optional<UnitMatch> unit = u2.isPresent() ? u2 : Optional.empty();
            return Optional.of(build(s, a.start(), end, low, b.value(), lowStep, b.step(), unit, cue));
        }
        if (!acceptable(s, a, u1, stated)) {
            return Optional.empty();
        }
        int end = u1.map(UnitMatch::end).orElse(a.end());
        return Optional.of(build(s, a.start(), end, a.value(), a.value(), a.step(), a.step(), u1, cue));
    }

    /** A Chinese numeral needs a unit after it (一 alone needs a real unit, not a classifier). */
    private static boolean acceptable(String s, Num a, Optional<UnitMatch> u, boolean stated) {
        if (!a.chinese()) {
            return !(a.end() < s.length() && isLatin(s.charAt(a.end())) && u.isEmpty());
        }
        if (a.start() > 0 && s.charAt(a.start() - 1) == '第') {
            return false;
        }
        boolean single = a.end() - a.start() == 1;
        if (!single) {
            return true;
        }
        if (u.isEmpty()) {
            return stated;
        }
        return s.charAt(a.start()) != '一' || u.get().unit().isPresent() || stated;
    }

    private static NumericMention build(
            String s,
            int start,
            int end,
            double low,
            double high,
            double lowStep,
            double highStep,
            Optional<UnitMatch> unit,
            String cue) {
        double lo = low;
        double hi = high;
        if (NEGATIVE_CUES.contains(cue)) {
            lo = -high;
            hi = -low;
            double t = lowStep;
            lowStep = highStep;
            highStep = t;
        }
        String unitText = unit.map(UnitMatch::text).orElse("");
        MentionKind kind = unitText.equals("%") || unitText.equals("‰") ? MentionKind.PERCENT : MentionKind.QUANTITY;
        return new NumericMention(
                start,
                end,
                s.substring(start, end),
                lo,
                hi,
                lowStep,
                highStep,
                unitText,
                unit.flatMap(UnitMatch::unit),
                kind,
                Optional.empty(),
                cue);
    }

    private static String cueBefore(String s, int i) {
        for (List<String> cues : List.of(NEGATIVE_CUES, POSITIVE_CUES, BOUND_CUES)) {
            for (String cue : cues) {
                if (i >= cue.length() && s.startsWith(cue, i - cue.length())) {
                    return cue;
                }
            }
        }
        return "";
    }

    /** A unit, extended by "/unit" when one follows: 元/秒, CNY/min. */
    private static Optional<UnitMatch> unitAt(String s, int i, boolean stated) {
        Optional<UnitMatch> first = simpleUnitAt(s, i, stated);
        if (first.isEmpty() || first.get().unit().isEmpty()) {
            return first;
        }
        UnitMatch u = first.get();
        int k = u.end();
        if (k < s.length()
                && s.charAt(k) == '/'
                && !u.text().equals("%")
                && !u.text().equals("‰")) {
            Optional<UnitMatch> per = simpleUnitAt(s, k + 1, stated);
            if (per.isPresent()
                    && per.get().unit().isPresent()
                    && !per.get().text().equals("%")
                    && !per.get().text().equals("‰")
                    && per.get().end() == k + 1 + per.get().text().length()) {
                String text = s.substring(i, per.get().end());
                return Optional.of(new UnitMatch(
                        text,
                        per.get().end(),
                        Optional.of(u.unit().get().dividedBy(per.get().unit().get()))));
            }
        }
        return first;
    }

    private static Optional<UnitMatch> simpleUnitAt(String s, int i, boolean stated) {
        if (i >= s.length()) {
            return Optional.empty();
        }
        char c = s.charAt(i);
        if (c == '%' || c == '％') {
            return Optional.of(new UnitMatch("%", i + 1, Optional.of(Unit.PERCENT)));
        }
        if (c == '‰') {
            return Optional.of(new UnitMatch("‰", i + 1, Optional.of(Unit.PER_MILLE)));
        }
        for (String u : CHINESE_UNITS) {
            if (s.startsWith(u, i)) {
                return Optional.of(new UnitMatch(u, i + u.length(), Optional.of(Unit.parse(u))));
            }
        }
        for (String u : CLASSIFIERS) {
            if (s.startsWith(u, i) && !(u.equals("个") && s.startsWith("个月", i))) {
                return Optional.of(new UnitMatch(u, i + 1, Optional.empty()));
            }
        }
        int j = i;
        if (c == ' ' && i + 1 < s.length() && isLatin(s.charAt(i + 1))) {
            j = i + 1;
        }
        if (j < s.length() && isLatin(s.charAt(j))) {
            int k = j;
            while (k < s.length() && (isLatin(s.charAt(k)) || isDigit(s.charAt(k)))) {
                k++;
            }
            // a unit may be a composite in a stated snippet: CNY/s, GPU·h
            while (stated
                    && k + 1 < s.length()
                    && "/·*".indexOf(s.charAt(k)) >= 0
                    && (isLatin(s.charAt(k + 1)) || s.charAt(k + 1) == '%')) {
                k += 2;
                while (k < s.length() && (isLatin(s.charAt(k)) || isDigit(s.charAt(k)))) {
                    k++;
                }
            }
            String word = s.substring(j, k);
            if (LATIN_UNITS.contains(word) || stated) {
                try {
                    return Optional.of(new UnitMatch(word, k, Optional.of(Unit.parse(word))));
                } catch (UnitFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- time points

    private static Optional<NumericMention> timePoint(String s, Num a, String cue) {
        int e = a.end();
        if (!a.plainInt()) {
            return Optional.empty();
        }
        int v = (int) a.value();
        boolean yearLike = !a.chinese() && a.end() - a.start() == 4 && v >= 1000 && v <= 2999;
        if (yearLike && s.startsWith("年", e)) {
            int end = e + 1;
            TimePoint tp = TimePoint.ofYear(v);
            String last = "年";
            int q = quarterAt(s, end);
            if (q > 0) {
                tp = TimePoint.ofQuarter(v, q);
                end = quarterEnd(s, end);
                last = s.startsWith("季度", end - 2) ? "季度" : "Q";
            } else {
                Optional<Num> m = number(s, end);
                if (m.isPresent()
                        && m.get().plainInt()
                        && s.startsWith("月", m.get().end())
                        && m.get().value() >= 1
                        && m.get().value() <= 12) {
                    int month = (int) m.get().value();
                    tp = TimePoint.ofMonth(v, month);
                    end = m.get().end() + 1;
                    last = "月";
                    Optional<Num> d = number(s, end);
                    if (d.isPresent()
                            && d.get().plainInt()
                            && d.get().value() >= 1
                            && (s.startsWith("日", d.get().end())
                                    || s.startsWith("号", d.get().end()))) {
                        try {
                            tp = TimePoint.ofDay(v, month, (int) d.get().value());
                            end = d.get().end() + 1;
                            last = "日";
                        } catch (IllegalArgumentException ignored) {
                            // not a valid day: keep the month
                        }
                    }
                }
            }
            return Optional.of(timeMention(s, a.start(), end, tp.year(), last, Optional.of(tp), cue));
        }
        if (s.startsWith("月", e) && v >= 1 && v <= 12 && !(a.start() > 0 && s.charAt(a.start() - 1) == '第')) {
            return Optional.of(timeMention(s, a.start(), e + 1, v, "月", Optional.empty(), cue));
        }
        return Optional.empty();
    }

    private static NumericMention timeMention(
            String s, int start, int end, double value, String last, Optional<TimePoint> tp, String cue) {
        return new NumericMention(
                start,
                end,
                s.substring(start, end),
                value,
                value,
                1,
                1,
                last,
                Optional.empty(),
                MentionKind.TIME_POINT,
                tp,
                cue);
    }

    private static int quarterAt(String s, int i) {
        if (s.startsWith("第", i) && i + 3 < s.length() && s.startsWith("季度", i + 2)) {
            return "一二三四".indexOf(s.charAt(i + 1)) + 1 > 0
                    ? "一二三四".indexOf(s.charAt(i + 1)) + 1
                    : "1234".indexOf(s.charAt(i + 1)) + 1;
        }
        if ((s.startsWith("Q", i) || s.startsWith("q", i)) && i + 1 < s.length()) {
            return "1234".indexOf(s.charAt(i + 1)) + 1;
        }
        return 0;
    }

    private static int quarterEnd(String s, int i) {
        return s.startsWith("第", i) ? i + 4 : i + 2;
    }

    // ---------------------------------------------------------------- numbers

    private static Optional<Num> number(String s, int i) {
        if (i >= s.length()) {
            return Optional.empty();
        }
        char c = s.charAt(i);
        if (isDigit(c) || c == '-' || c == '−') {
            return arabic(s, i);
        }
        if (CN_DIGITS.indexOf(c) >= 0 || c == '十') {
            return chinese(s, i);
        }
        return Optional.empty();
    }

    private static Optional<Num> arabic(String s, int start) {
        int i = start;
        boolean negative = false;
        if (s.charAt(i) == '-' || s.charAt(i) == '−') {
            negative = true;
            i++;
        }
        int digitsStart = i;
        StringBuilder digits = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
                i++;
            } else if (c == ','
                    && i + 3 < s.length()
                    && isDigit(s.charAt(i + 1))
                    && isDigit(s.charAt(i + 2))
                    && isDigit(s.charAt(i + 3))
                    && (i + 4 >= s.length() || !isDigit(s.charAt(i + 4)))) {
                i++;
            } else {
                break;
            }
        }
        if (i == digitsStart) {
            return Optional.empty();
        }
        double step = 1;
        boolean integer = true;
        if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            digits.append('.');
            i++;
            integer = false;
            while (i < s.length() && isDigit(s.charAt(i))) {
                digits.append(s.charAt(i));
                step /= 10;
                i++;
            }
        }
        double value = Double.parseDouble(digits.toString());
        double magnitude = 1;
        Optional<Map.Entry<String, Double>> written = magnitudeAt(s, i);
        if (written.isPresent()) {
            magnitude = written.get().getValue();
            i += written.get().getKey().length();
        }
        value *= magnitude;
        step *= magnitude;
        if (!Double.isFinite(value) || !(step > 0)) {
            return Optional.empty(); // hundreds of digits: no figure anyone could check
        }
        return Optional.of(new Num(start, i, negative ? -value : value, step, false, integer && magnitude == 1));
    }

    private static Optional<Num> chinese(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (CN_DIGITS.indexOf(c) < 0 && CN_PLACES.indexOf(c) < 0) {
                break;
            }
            if (c == '千' && s.startsWith("千瓦", i)) {
                break;
            }
            i++;
            if (i - start > MAX_CHINESE_RUN) {
                return Optional.empty();
            }
        }
        if (i == start) {
            return Optional.empty();
        }
        String run = s.substring(start, i);
        double total = 0;
        double section = 0;
        double digit = 0;
        boolean sawDigit = false;
        for (char c : run.toCharArray()) {
            int d = CN_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = c == '两' ? 2 : c == '〇' ? 0 : "零一二三四五六七八九".indexOf(c);
                sawDigit = true;
            } else if (c == '十' || c == '百' || c == '千') {
                double place = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (digit == 0 && !sawDigit ? 1 : digit) * place;
                digit = 0;
                sawDigit = false;
            } else if (c == '万') {
                total += (section + digit) * 1e4;
                section = 0;
                digit = 0;
                sawDigit = false;
            } else {
                total = (total + section + digit) * 1e8;
                section = 0;
                digit = 0;
                sawDigit = false;
            }
        }
        double value = total + section + digit;
        char lastChar = run.charAt(run.length() - 1);
        double step = lastChar == '万' ? 1e4 : lastChar == '亿' ? 1e8 : 1;
        if (value == 0 && run.chars().noneMatch(ch -> ch == '零' || ch == '〇')) {
            return Optional.empty();
        }
        return Optional.of(new Num(start, i, value, step, true, step == 1));
    }
}
