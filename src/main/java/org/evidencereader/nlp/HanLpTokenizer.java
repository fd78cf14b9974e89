package org.evidencereader.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HanLP 1.x (portable) words with offsets and coarse parts of speech.
 *
 * <h2>One private segmenter, one private custom dictionary</h2>
 *
 * <p>Each instance builds its own {@link Segment} ({@code HanLP.newSegment()}, a Viterbi segmenter)
 * with offsets on, and gives it its own {@link DynamicCustomDictionary}: HanLP's default custom
 * dictionary entries (the double-array trie of {@code CustomDictionary.DEFAULT}, shared read-only)
 * plus our unit and time words in a private trie. Words are added with {@code add}, which never
 * overwrites an entry that already exists (so the shared trie is never written), and never with
 * the static {@code CustomDictionary.add}/{@code insert}: no HanLP static is changed, and
 * {@code StandardTokenizer.SEGMENT}, {@code HanLP.segment} and every other segmenter in the JVM keep
 * segmenting as before. Only existing natures ({@code q}, {@code t}) are used, because a new nature
 * name would be registered in HanLP's global nature table.
 *
 * <p>The portable jar loads its dictionaries from inside the jar the first time any HanLP
 * segmenter is used; the first {@link #tokenize} in a JVM pays for that (a few hundred ms), later
 * calls do not.
 *
 * <h2>What HanLP gets wrong and how it is fixed here</h2>
 *
 * <ul>
 *   <li>{@code 50.4万千瓦} comes out as {@code 50.4/m 万千/m 瓦/n} and {@code 1个月} as {@code 1/m 个/q
 *       月/n}: fixed by the custom words {@link #CUSTOM_WORDS} ({@code 万千瓦}, {@code 个月}, the four
 *       quarters …).
 *   <li>A numeral that swallowed the 千 of 千瓦 ({@code 十万千/m 瓦/n}, {@code 三千/m 瓦/n}) is
 *       re-cut as {@code 十万/m 千瓦/q}: a custom word cannot fix this, because the merge only joins
 *       whole words.
 *   <li>Person-name recognition swallows numerals next to a character that can be a surname or a
 *       given name ({@code 梦两大/nr} in 抖音即梦两大最成熟的产品, {@code 两万/m 张卡/nr}): it is
 *       turned off, as is transliterated-name recognition. Names then come out as single
 *       characters ({@code 李/彦/宏}), which nothing here needs.
 *   <li>Symbols come out glued or tagged as Latin words ({@code %-/nx}, {@code ~/nx}, {@code %/nx}):
 *       a token with no letter or digit in it is split into single characters tagged {@code w}.
 * </ul>
 *
 * <p>Thread-safe after construction, and shared by the library loader's threads: the segmenter's
 * configuration and dictionary are never changed again (HanLP documents {@code Segment.seg} as
 * thread-safe and only its configuration methods as not), {@code seg} keeps its working state (word
 * net, vertices, terms) per call, and reading the tries never writes to them. The segmenter is
 * published through a final field.
 */
public final class HanLpTokenizer implements Tokenizer {

    /** Words HanLP's dictionaries lack, with the nature and frequency given to each. */
    static final Map<String, String> CUSTOM_WORDS = Map.ofEntries(
            Map.entry("万千瓦", "q 1000"),
            Map.entry("万千瓦时", "q 1000"),
            Map.entry("亿千瓦时", "q 1000"),
            Map.entry("千瓦", "q 1000"),
            Map.entry("千瓦时", "q 1000"),
            Map.entry("兆瓦", "q 1000"),
            Map.entry("个月", "q 1000"),
            Map.entry("分钟", "q 1000"),
            Map.entry("第一季度", "t 1000"),
            Map.entry("第二季度", "t 1000"),
            Map.entry("第三季度", "t 1000"),
            Map.entry("第四季度", "t 1000"));

    private final Segment segment;

    public HanLpTokenizer() {
        DynamicCustomDictionary dictionary =
                new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
        // add() is a no-op for a word the shared trie already has (千瓦, 分钟 …): it never writes to it.
        CUSTOM_WORDS.forEach(dictionary::add);
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableCustomDictionary(dictionary);
    }

    @Override
    public List<Token> tokenize(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(text);
        List<Token> raw = new ArrayList<>(terms.size() + 4);
        int cursor = 0;
        for (Term term : terms) {
            int start = term.offset;
            int length = term.word.length();
            if (start != cursor || !text.regionMatches(start, term.word, 0, length)) {
                // Never seen, but HanLP could normalise or skip characters: find the word again.
                int found = text.indexOf(term.word, cursor);
                if (found < 0) {
                    continue;
                }
                start = found;
            }
            if (start > cursor) {
                raw.add(new Token(text.substring(cursor, start), cursor, start, "x"));
            }
            raw.add(new Token(text.substring(start, start + length), start, start + length, coarse(term)));
            cursor = start + length;
        }
        if (cursor < text.length()) {
            raw.add(new Token(text.substring(cursor), cursor, text.length(), "x"));
        }
        return List.copyOf(repairKilowatts(splitSymbols(raw)));
    }

    private static String coarse(Term term) {
        String nature = term.nature == null ? "x" : term.nature.toString();
        if (nature.startsWith("m")) {
            return "m";
        }
        if (nature.startsWith("q")) {
            return "q";
        }
        if (nature.startsWith("t")) {
            return "t";
        }
        if (nature.startsWith("w")) {
            return "w";
        }
        return nature;
    }

    /** A token with no letter or digit in it becomes single characters tagged w (blanks stay whole). */
    private static List<Token> splitSymbols(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.text().chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            } else if (t.text().isBlank() || t.length() == 1) {
                out.add(new Token(t.text(), t.start(), t.end(), "w"));
            } else {
                for (int i = 0; i < t.length(); i++) {
                    int at = t.start() + i;
                    out.add(new Token(t.text().substring(i, i + 1), at, at + 1, "w"));
                }
            }
        }
        return out;
    }

    /** {@code 十万千/m 瓦/n} → {@code 十万/m 千瓦/q}: give the 千 back to 瓦. */
    private static List<Token> repairKilowatts(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null
                    && t.tag().equals("m")
                    && t.text().endsWith("千")
                    && next.text().startsWith("瓦")) {
                int cut = t.end() - 1;
                if (cut > t.start()) {
                    out.add(new Token(t.text().substring(0, t.length() - 1), t.start(), cut, "m"));
                }
                out.add(new Token("千瓦", cut, next.start() + 1, "q"));
                if (next.length() > 1) {
                    out.add(new Token(next.text().substring(1), next.start() + 1, next.end(), next.tag()));
                }
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
