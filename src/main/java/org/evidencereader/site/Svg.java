package org.evidencereader.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for SVG written by hand: XML escaping of every piece of text and attribute value,
 * coordinates without locale surprises, and a rough measure of text so that labels can be wrapped
 * and cut with an ellipsis before they overflow their box. Nothing here runs in the browser.
 */
final class Svg {

    private Svg() {}

    /** Text or an attribute value as XML: {@code & < > " '} escaped, control characters dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, always with a dot. */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** Roughly how wide text is at a font size: CJK and full-width characters are one em, others about 0.6. */
    static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += wide(cp) ? 1.0 : (Character.isUpperCase(cp) || cp == 'm' || cp == 'w' || cp == 'M' ? 0.72 : 0.56);
            i += Character.charCount(cp);
        }
        return em * fontSize;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /** The text, cut with "…" so that it fits {@code maxWidth}. */
    static String truncate(String text, double fontSize, double maxWidth) {
        if (width(text, fontSize) <= maxWidth) {
            return text;
        }
        String ellipsis = "…";
        double budget = maxWidth - width(ellipsis, fontSize);
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (width(text.substring(0, next), fontSize) > budget) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    /**
     * The text in at most {@code maxLines} lines of {@code maxWidth}: broken at a space when there is
     * one on the line (English), anywhere otherwise (Chinese); the last line is cut with "…".
     */
    static List<String> wrap(String text, double fontSize, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && width(rest, fontSize) > maxWidth) {
            int end = 0;
            while (end < rest.length()) {
                int next = end + Character.charCount(rest.codePointAt(end));
                if (width(rest.substring(0, next), fontSize) > maxWidth) {
                    break;
                }
                end = next;
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 && end < rest.length() && rest.charAt(end) != ' ' ? space : end;
            if (cut == end) {
                cut = latinWordStart(rest, end); // Chinese has no spaces: a Latin word after it moves whole
            }
            if (cut > 1 && "([（《“".indexOf(rest.charAt(cut - 1)) >= 0) {
                cut--; // an opening bracket goes with what it opens
            }
            if (cut <= 0) {
                cut = Math.max(1, end);
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(truncate(rest, fontSize, maxWidth));
        }
        return lines;
    }

    /** Where the Latin word that a cut at {@code end} would split begins; {@code end} when it splits none or is the whole line. */
    private static int latinWordStart(String text, int end) {
        if (end <= 0 || end >= text.length() || !isLatin(text.charAt(end - 1)) || !isLatin(text.charAt(end))) {
            return end;
        }
        int start = end;
        while (start > 0 && isLatin(text.charAt(start - 1))) {
            start--;
        }
        return start > 0 ? start : end;
    }

    private static boolean isLatin(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c)) || c == '-';
    }
}
