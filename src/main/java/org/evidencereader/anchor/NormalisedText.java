package org.evidencereader.anchor;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencereader.nlp.TextSpan;

/**
 * A text folded for comparison, with the way back to the original: full-width letters, digits and
 * punctuation become half-width (NFKC), Chinese punctuation becomes its ASCII counterpart
 * ({@code ，→,  。→.  ：→:  （→(  —→-}), and white space is dropped, since Chinese text puts none
 * between words and copies of it differ only in stray spaces. Every folded character remembers the
 * original characters it came from, so a match in the folded text maps back to exact offsets.
 */
final class NormalisedText {

    private final String original;
    private final String folded;
    /** For each folded character, the original range [start, end) it came from. */
    private final int[] starts;

    private final int[] ends;
    /** For each original offset 0..length, the first folded character at or after it. */
    private final int[] foldedAt;

    private NormalisedText(String original, String folded, int[] starts, int[] ends, int[] foldedAt) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.foldedAt = foldedAt;
    }

    static NormalisedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int[] foldedAt = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            for (int k = i; k < next; k++) {
                foldedAt[k] = folded.length();
            }
            String out = fold(cp);
            for (int k = 0; k < out.length(); k++) {
                if (folded.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = i;
                ends[folded.length()] = next;
                folded.append(out.charAt(k));
            }
            i = next;
        }
        foldedAt[original.length()] = folded.length();
        return new NormalisedText(original, folded.toString(), starts, ends, foldedAt);
    }

    /** The folded form of a whole text, when the way back is not needed. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(fold(cp)));
        return out.toString();
    }

    /** Folded forms of the characters met so far outside ASCII and the CJK ideographs. */
    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

    private static String fold(int cp) {
        if (cp < 0x80) {
            return Character.isWhitespace(cp) ? "" : Character.toString(cp);
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return Character.toString(cp); // a CJK ideograph: the common case, already folded
        }
        return FOLDED.computeIfAbsent(cp, NormalisedText::foldOther);
    }

    private static String foldOther(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return "";
        }
        String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(punctuation(c));
            }
        });
        return out.toString();
    }

    /** Chinese punctuation that has an ASCII counterpart, as that counterpart. */
    private static String punctuation(int cp) {
        return switch (cp) {
            case '。', '｡' -> ".";
            case '“', '”', '„', '「', '」', '『', '』', '〝', '〞' -> "\"";
            case '‘', '’', '‚' -> "'";
            case '—', '–', '―', '‒', '−', '﹣' -> "-";
            case '【', '〔', '〖' -> "[";
            case '】', '〕', '〗' -> "]";
            case '〜' -> "~";
            default -> Character.toString(cp);
        };
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    int length() {
        return folded.length();
    }

    /** The original offsets of the folded range [start, end), which must not be empty. */
    TextSpan originalSpan(int start, int end) {
        return new TextSpan(starts[start], ends[end - 1]);
    }

    /** The original text of one folded character. */
    String originalOf(int index) {
        return original.substring(starts[index], ends[index]);
    }

    /** The original text between two neighbouring folded characters (white space dropped by folding). */
    String gapBefore(int index) {
        return index == 0 || starts[index] <= ends[index - 1] ? "" : original.substring(ends[index - 1], starts[index]);
    }

    /** The folded offset of an original offset: the first folded character at or after it. */
    int foldedOffset(int originalOffset) {
        return foldedAt[originalOffset];
    }
}
