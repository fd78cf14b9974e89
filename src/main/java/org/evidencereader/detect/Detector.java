package org.evidencereader.detect;

import static org.evidencereader.detect.Lexicon.isDigit;
import static org.evidencereader.detect.Lexicon.isLatin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.figure.Unit;
import org.evidencereader.nlp.Token;
import org.evidencereader.nlp.Tokenizer;

/**
 * Finds every numeric mention in a passage from its words: a tokenizer says where words begin and
 * end, a merging pass joins a number to the words that belong to it, and {@link
 * NumeralParser#parseOne} gives each joined span its value.
 *
 * <h2>The merging pass</h2>
 *
 * <ol>
 *   <li>A word that starts with a numeral and goes on with something else ({@code 9月/t}, {@code
 *       一个/m}) is cut into the numeral and the rest.
 *   <li>Product and model names are skipped: digits glued to a Latin letter or to a '-' after one
 *       ({@code H100}, {@code A100}, {@code GPT-4o}, {@code Gen-3}), digits followed by a Latin word
 *       that is not a unit ({@code 3D}, {@code 5G}), and a bare integer one space after a Latin word
 *       ({@code RTX 4090}, {@code Llama 3}).
 *   <li>A time: a year {@code 2024年} (four digits, 1000–2999) with a quarter ({@code 第三季度},
 *       {@code Q3}) or a month and day; a month {@code 9月} (1–12, not {@code 个月}).
 *   <li>A quantity: an optional sign, the number, a magnitude ({@code 万 亿 万亿}), a unit or
 *       classifier ({@code 千瓦 元 秒 个月 片 张 W s %} …, see {@link Lexicon}), then "/" and a unit
 *       ({@code 元/秒}). A word HanLP guessed as a name that starts with a unit ({@code 两万/m 张卡/nr},
 *       {@code 464.75/m 亿度/nz}) gives the number that unit; a word starting with 年 does so after a
 *       year ({@code 2023/m 年发电量/n}).
 *   <li>A range: quantity, joiner ({@code 至 到 — – - ~ ～}), quantity; or the list form {@code
 *       10年、20年}, which needs the same unit on both sides.
 *   <li>Not figures: 一 without a unit of measure ({@code 一段}, {@code 一个}, {@code 每一位}: an
 *       article rather than a count), any other Chinese numeral of one character with nothing after
 *       it that counts ({@code 十分}; but {@code 两大产品}, {@code 三位} are counts: a measure word or
 *       大 follows), ordinals after 第 ({@code 第5名}, {@code 第二}), and Chinese numerals written
 *       digit by digit ({@code 二〇二四年}), which the parser cannot read.
 * </ol>
 *
 * <h2>Where and what</h2>
 *
 * <p>The detector's span is authoritative for where a mention is; {@code NumeralParser.parseOne}
 * for its value, unit, kind and time point. The parser is handed the span with up to three
 * characters of Chinese text before it, so that it reads a sign or bound cue there (下跌, 不到, 超过,
 * 约). A range the parser does not read as one range (units or scripts that differ, low above
 * high) falls back to its first part. A span the parser gives no value is not a mention.
 *
 * <p>Thread-safe if the tokenizer is.
 */
public final class Detector {

    private static final Pattern QUARTER = Pattern.compile("^(第[一二三四1-4]季度|[Qq][1-4])");

    private final Tokenizer tokenizer;

    public Detector(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /** A run of words [start, end) in the passage, and the index of the first piece after it. */
    private record Span(int start, int end, int next) {}

    /** A number with what follows it; {@code unit} is empty when no known unit follows. */
    private record Part(Span span, Token numeral, boolean magnitude, String unit) {}

    /**
     * Whether {@code text} has a digit, a Chinese numeral character (第二, 两大) or 数/几 (数倍, 几十):
     * words a reader takes for a number even where {@link #detect} finds no figure in them.
     */
    public static boolean hasNumeralCharacter(String text) {
        return text.codePoints()
                .anyMatch(c ->
                        Character.isDigit(c) || Lexicon.CHINESE_NUMERAL_CHARS.indexOf(c) >= 0 || c == '数' || c == '几');
    }

    /** Every numeric mention in {@code passageText}, in order, with offsets into it. */
    public List<NumericMention> detect(String passageText) {
        String text = Objects.requireNonNull(passageText, "passageText");
        List<Token> p = pieces(tokenizer.tokenize(text));
        List<NumericMention> out = new ArrayList<>();
        int i = 0;
        while (i < p.size()) {
            Token t = p.get(i);
            if (!isNumeral(t)) {
                i++;
                continue;
            }
            if (isModelName(text, p, i)) {
                i = skipModelName(p, i);
                continue;
            }
            Optional<Span> time = timeAt(p, i);
            if (time.isPresent()) {
                Optional<NumericMention> m = value(text, time.get());
                m.ifPresent(out::add);
                i = m.isPresent() ? time.get().next() : i + 1;
                continue;
            }
            if (isOrdinal(p, i)) {
                i++;
                continue;
            }
            Part first = partAt(text, p, i, true);
            Optional<Span> range = rangeAfter(text, p, first);
            if (range.isPresent()) {
                Optional<NumericMention> m = value(text, range.get());
                if (m.isPresent() && m.get().isRange() && parsedWhole(text, range.get())) {
                    out.add(m.get());
                    i = range.get().next();
                    continue;
                }
            }
            if (acceptable(text, p, first)) {
                Optional<NumericMention> m = value(text, first.span());
                if (m.isPresent()) {
                    out.add(m.get());
                    i = first.span().next();
                    continue;
                }
            }
            i++;
        }
        addVague(text, out);
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- vague amounts

    /**
     * 数 or 几 ("a few") before a magnitude or a unit: 数倍, 数秒, 几十年, 数百万. Not a figure that can be
     * checked, but a number a reader meets, so coverage must account for it. Valued as the range a
     * Chinese reader understands (数 = 2 to 9 of the magnitude) and never checked.
     */
    private static final Pattern VAGUE = Pattern.compile("[数几]([十百千万亿]?)(倍|秒钟|秒|分钟|小时|天|周|个月|年|次|个|万|千|百|十)");

    private static void addVague(String text, List<NumericMention> out) {
        Matcher m = VAGUE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // 数十年: the 十年 found inside it is part of the vague amount, not a figure of its own.
            if (out.stream()
                    .anyMatch(o -> o.start() < end && start < o.end() && (o.start() < start || o.end() > end))) {
                continue;
            }
            out.removeIf(o -> o.start() >= start && o.end() <= end);
            double scale = switch (m.group(1)) {
                case "十" -> 10;
                case "百" -> 100;
                case "千" -> 1_000;
                case "万" -> 10_000;
                case "亿" -> 100_000_000;
                default -> 1;
            };
            String unitText = m.group(2);
            if (List.of("万", "千", "百", "十").contains(unitText)) {
                scale *= switch (unitText) {
                    case "十" -> 10;
                    case "百" -> 100;
                    case "千" -> 1_000;
                    default -> 10_000;
                };
                unitText = "";
            }
            Optional<Unit> unit = unitText.isEmpty() || !Unit.isKnown(unitText)
                    ? Optional.empty()
                    : Optional.of(Unit.parse(unitText));
            out.add(new NumericMention(
                    start,
                    end,
                    m.group(),
                    2 * scale,
                    9 * scale,
                    scale,
                    scale,
                    unitText,
                    unit,
                    MentionKind.VAGUE,
                    Optional.empty(),
                    ""));
        }
        out.sort(java.util.Comparator.comparingInt(NumericMention::start));
    }

    // ---------------------------------------------------------------- pieces

    /** Cuts a word that starts with a numeral and goes on ({@code 9月}, {@code 一个}) in two. */
    private static List<Token> pieces(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            int n = numeralLength(t);
            if (n == 0 || n == t.length()) {
                out.add(n == 0 || t.tag().equals("m") ? t : new Token(t.text(), t.start(), t.end(), "m"));
                continue;
            }
            out.add(new Token(t.text().substring(0, n), t.start(), t.start() + n, "m"));
            String rest = t.text().substring(n);
            String tag = Lexicon.isUnit(rest, false) ? "q" : t.tag();
            out.add(new Token(rest, t.start() + n, t.end(), tag));
        }
        return out;
    }

    /** The length of the numeral a word starts with: 50.4, 4,211, 两万; 0 if it does not start with one. */
    private static int numeralLength(Token t) {
        String s = t.text();
        char c = s.charAt(0);
        if (isDigit(c)) {
            int i = 1;
            while (i < s.length()) {
                char d = s.charAt(i);
                if (isDigit(d)) {
                    i++;
                } else if ((d == '.' || d == ',') && i + 1 < s.length() && isDigit(s.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            return i;
        }
        // m numeral, t time (十二月), j abbreviation (三大)
        boolean numeralTag =
                t.tag().equals("m") || t.tag().equals("t") || t.tag().equals("j");
        if (numeralTag && Lexicon.CHINESE_DIGITS.indexOf(c) >= 0) {
            int i = 1;
            while (i < s.length() && Lexicon.CHINESE_NUMERAL_CHARS.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return i;
        }
        return 0;
    }

    private static boolean isNumeral(Token t) {
        return t.tag().equals("m") && numeralLength(t) == t.length();
    }

    private static boolean isChinese(Token numeral) {
        return !isDigit(numeral.text().charAt(0));
    }

    private static boolean adjacent(List<Token> p, int j, int end) {
        return j < p.size() && p.get(j).start() == end;
    }

    // ---------------------------------------------------------------- model names

    private static boolean isModelName(String text, List<Token> p, int i) {
        Token t = p.get(i);
        if (isChinese(t)) {
            return false;
        }
        if (t.start() > 0) {
            char before = text.charAt(t.start() - 1);
            if (isLatin(before) || before == '.' || before == '_') {
                return true;
            }
            if ((before == '-' || before == '−') && t.start() > 1) {
                char twoBefore = text.charAt(t.start() - 2);
                if (isLatin(twoBefore) || isDigit(twoBefore)) {
                    // a joiner between two numbers (5-10) is not a model name: only a letter before it is
                    return isLatin(twoBefore) || endsModelName(text, t.start() - 2);
                }
            }
        }
        if (adjacent(p, i + 1, t.end())) {
            String next = p.get(i + 1).text();
            return isLatin(next.charAt(0)) && !Lexicon.LATIN_UNITS.contains(next);
        }
        return false;
    }

    /** Whether the digit at {@code at} ends a run of letters and digits that has a letter (GPT-4-32k). */
    private static boolean endsModelName(String text, int at) {
        int k = at;
        while (k >= 0 && (isDigit(text.charAt(k)) || isLatin(text.charAt(k)) || text.charAt(k) == '-')) {
            if (isLatin(text.charAt(k))) {
                return true;
            }
            k--;
        }
        return false;
    }

    private static int skipModelName(List<Token> p, int i) {
        int j = i + 1;
        while (adjacent(p, j, p.get(j - 1).end())) {
            char c = p.get(j).text().charAt(0);
            if (!(isLatin(c)
                    || isDigit(c)
                    || ((c == '-' || c == '.') && p.get(j).length() == 1))) {
                break;
            }
            j++;
        }
        return j;
    }

    /** {@code RTX 4090}, {@code Llama 3}: a bare integer one blank after a Latin word. */
    private static boolean isSpacedModelNumber(String text, Part part) {
        Token t = part.numeral();
        if (isChinese(t)
                || part.magnitude()
                || !part.unit().isEmpty()
                || t.text().chars().anyMatch(c -> c == '.' || c == ',')) {
            return false;
        }
        int s = part.span().start();
        return s >= 2 && text.charAt(s - 1) == ' ' && isLatin(text.charAt(s - 2));
    }

    private static boolean isOrdinal(List<Token> p, int i) {
        return i > 0
                && p.get(i - 1).end() == p.get(i).start()
                && p.get(i - 1).text().endsWith("第");
    }

    // ---------------------------------------------------------------- times

    private static Optional<Span> timeAt(List<Token> p, int i) {
        Token t = p.get(i);
        int j = i + 1;
        if (isYear(t) && adjacent(p, j, t.end()) && p.get(j).text().startsWith("年")) {
            Token year = p.get(j);
            if (year.length() > 1) {
                // 2023年发电量: HanLP took 年 into the next word; after a year it is the year's
                return Optional.of(new Span(t.start(), year.start() + 1, j + 1));
            }
            int end = year.end();
            j++;
            Optional<Span> quarter = quarterAt(p, j, end);
            if (quarter.isPresent()) {
                return Optional.of(
                        new Span(t.start(), quarter.get().end(), quarter.get().next()));
            }
            Optional<Span> month = monthAt(p, j, end);
            if (month.isPresent()) {
                Span m = month.get();
                Span day = dayAt(p, m.next(), m.end()).orElse(m);
                return Optional.of(new Span(t.start(), day.end(), day.next()));
            }
            return Optional.of(new Span(t.start(), end, j));
        }
        if (isOrdinal(p, i)) {
            return Optional.empty();
        }
        Optional<Span> month = monthAt(p, i, t.start());
        if (month.isPresent()) {
            Span m = month.get();
            // 12月31日: the day is part of the time expression (its value stays the month: no year)
            Span day = dayAt(p, m.next(), m.end()).orElse(m);
            return Optional.of(new Span(t.start(), day.end(), day.next()));
        }
        return Optional.empty();
    }

    private static boolean isYear(Token t) {
        if (t.length() != 4 || !t.text().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int v = Integer.parseInt(t.text());
        return v >= 1000 && v <= 2999;
    }

    /** 第三季度, 第/三季度, Q/3 — only if it ends where a word ends. */
    private static Optional<Span> quarterAt(List<Token> p, int j, int end) {
        StringBuilder joined = new StringBuilder();
        int k = j;
        int at = end;
        List<Integer> ends = new ArrayList<>();
        while (k < p.size() && k < j + 3 && p.get(k).start() == at) {
            joined.append(p.get(k).text());
            at = p.get(k).end();
            ends.add(at);
            k++;
        }
        Matcher m = QUARTER.matcher(joined);
        if (!m.find()) {
            return Optional.empty();
        }
        int quarterEnd = end + m.end();
        int idx = ends.indexOf(quarterEnd);
        return idx < 0 ? Optional.empty() : Optional.of(new Span(end, quarterEnd, j + idx + 1));
    }

    /** A number 1–12 and the word 月. */
    private static Optional<Span> monthAt(List<Token> p, int j, int end) {
        if (!adjacent(p, j, end)
                || !isNumeral(p.get(j))
                || !adjacent(p, j + 1, p.get(j).end())) {
            return Optional.empty();
        }
        if (!p.get(j + 1).text().equals("月")) {
            return Optional.empty();
        }
        int v = plainValue(p.get(j));
        return v >= 1 && v <= 12 ? Optional.of(new Span(end, p.get(j + 1).end(), j + 2)) : Optional.empty();
    }

    /** A number 1–31 and 日 or 号. */
    private static Optional<Span> dayAt(List<Token> p, int j, int end) {
        if (!adjacent(p, j, end)
                || !isNumeral(p.get(j))
                || !adjacent(p, j + 1, p.get(j).end())) {
            return Optional.empty();
        }
        String word = p.get(j + 1).text();
        if (!word.equals("日") && !word.equals("号")) {
            return Optional.empty();
        }
        int v = plainValue(p.get(j));
        return v >= 1 && v <= 31 ? Optional.of(new Span(end, p.get(j + 1).end(), j + 2)) : Optional.empty();
    }

    /** The value of a whole-number numeral (9, 十二), or -1. */
    private static int plainValue(Token numeral) {
        return NumeralParser.parseOne(numeral.text())
                .filter(m -> m.end() == numeral.length() && m.unitText().isEmpty() && m.low() == Math.rint(m.low()))
                .map(m -> (int) Math.min(m.low(), Integer.MAX_VALUE))
                .orElse(-1);
    }

    // ---------------------------------------------------------------- quantities

    private static Part partAt(String text, List<Token> p, int i, boolean signed) {
        Token t = p.get(i);
        int start = t.start();
        if (signed && !isChinese(t) && i > 0) {
            Token sign = p.get(i - 1);
            boolean minus = sign.text().equals("-") || sign.text().equals("−");
            if (minus && sign.end() == t.start()) {
                char before = sign.start() > 0 ? text.charAt(sign.start() - 1) : ' ';
                if (!(isLatin(before) || isDigit(before) || before == '%' || before == '％')) {
                    start = sign.start();
                }
            }
        }
        int end = t.end();
        int j = i + 1;
        boolean magnitude = false;
        if (adjacent(p, j, end) && Lexicon.MAGNITUDES.contains(p.get(j).text())) {
            magnitude = true;
            end = p.get(j).end();
            j++;
        }
        String unit = "";
        if (j < p.size()) {
            Token u = p.get(j);
            if (u.start() == end && Lexicon.isUnit(u.text(), magnitude)) {
                unit = u.text();
                end = u.end();
                j++;
            } else if (u.start() == end
                    && u.text().equals(" ")
                    && adjacent(p, j + 1, u.end())
                    && Lexicon.LATIN_UNITS.contains(p.get(j + 1).text())) {
                unit = p.get(j + 1).text();
                end = p.get(j + 1).end();
                j += 2;
            } else if (u.start() == end && Lexicon.GUESSED_NAMES.contains(u.tag())) {
                int n = Lexicon.unitPrefix(u.text(), magnitude);
                if (n > 0) {
                    // 两万/m 张卡/nr, 464.75/m 亿度/nz: the name HanLP guessed starts with the unit
                    unit = u.text().substring(0, n);
                    end = u.start() + n;
                    j++;
                }
            }
        }
        if (!unit.isEmpty()
                && end == p.get(j - 1).end()
                && adjacent(p, j, end)
                && p.get(j).text().equals("/")
                && adjacent(p, j + 1, p.get(j).end())
                && Lexicon.isPerUnit(p.get(j + 1).text())
                && !Lexicon.isClassifier(unit)
                && !Lexicon.PERCENT.contains(unit)) {
            unit = unit + "/" + p.get(j + 1).text();
            end = p.get(j + 1).end();
            j += 2;
        }
        return new Part(new Span(start, end, j), t, magnitude, unit);
    }

    private static Optional<Span> rangeAfter(String text, List<Token> p, Part first) {
        int j = first.span().next();
        if (!adjacent(p, j, first.span().end())
                || !Lexicon.JOINERS.contains(p.get(j).text())) {
            return Optional.empty();
        }
        String joiner = p.get(j).text();
        int k = j + 1;
        if (!adjacent(p, k, p.get(j).end()) || !isNumeral(p.get(k)) || isModelName(text, p, k)) {
            return Optional.empty();
        }
        if (isChinese(first.numeral()) != isChinese(p.get(k))) {
            return Optional.empty();
        }
        Part second = partAt(text, p, k, false);
        if (joiner.equals("、")) {
            if (first.unit().isEmpty() || !first.unit().equals(second.unit())) {
                return Optional.empty();
            }
        } else if (!first.unit().isEmpty() && !first.unit().equals(second.unit())) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                first.span().start(), second.span().end(), second.span().next()));
    }

    private static boolean acceptable(String text, List<Token> p, Part part) {
        Token n = part.numeral();
        if (isSpacedModelNumber(text, part)) {
            return false;
        }
        if (!isChinese(n)) {
            return true;
        }
        if (digitByDigit(n.text())) {
            // 二〇二四年, 三五年: NumeralParser reads numerals with place words (二千零二十四), not these
            return false;
        }
        if (part.magnitude() || n.length() > 1) {
            return true;
        }
        if (n.text().equals("一")) {
            // 一段, 一个: an article ("a clip"), not a count; 一分钟 and 一年 are figures
            return !part.unit().isEmpty() && !Lexicon.isClassifier(part.unit());
        }
        if (!part.unit().isEmpty()) {
            return true;
        }
        // 两大产品, 三位用户: a count before a measure word we have no unit for, or before 大 ("major")
        int j = part.span().next();
        return adjacent(p, j, part.span().end())
                && (p.get(j).tag().equals("q") || p.get(j).text().equals("大"));
    }

    /** Two digits in a row with no place word between them (二〇, 三五); 零 before a digit is fine. */
    private static boolean digitByDigit(String numeral) {
        String digits = "〇一二两三四五六七八九";
        for (int k = 1; k < numeral.length(); k++) {
            if (digits.indexOf(numeral.charAt(k - 1)) >= 0 && digits.indexOf(numeral.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- values

    /** The parser's reading of the span, placed at the span's offsets in the passage. */
    private static Optional<NumericMention> value(String text, Span span) {
        String prefix = cueContext(text, span.start());
        String snippet = prefix + text.substring(span.start(), span.end());
        Optional<NumericMention> parsed = NumeralParser.parseOne(snippet).filter(m -> m.start() == prefix.length());
        if (parsed.isEmpty()) {
            parsed = NumeralParser.parseOne(text.substring(span.start(), span.end()))
                    .filter(m -> m.start() == 0);
        }
        return parsed.map(m -> new NumericMention(
                span.start(),
                span.end(),
                text.substring(span.start(), span.end()),
                m.low(),
                m.high(),
                m.lowStep(),
                m.highStep(),
                m.unitText(),
                m.unit(),
                m.kind(),
                m.timePoint(),
                m.cue()));
    }

    /** Whether the parser read the whole span (used to accept a range). */
    private static boolean parsedWhole(String text, Span span) {
        String prefix = cueContext(text, span.start());
        String snippet = prefix + text.substring(span.start(), span.end());
        return NumeralParser.parseOne(snippet)
                .filter(m -> m.start() == prefix.length() && m.end() == snippet.length())
                .isPresent();
    }

    /** Up to four Chinese characters before {@code start} that hold no numeral: where a cue (不会超过) is. */
    private static String cueContext(String text, int start) {
        int from = start;
        while (from > 0 && start - from < 4) {
            char c = text.charAt(from - 1);
            if (!Character.isIdeographic(c) || Lexicon.CHINESE_NUMERAL_CHARS.indexOf(c) >= 0) {
                break;
            }
            from--;
        }
        return text.substring(from, start);
    }
}
