package org.evidencereader.figure;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of hostile text for the property tests. (jqwik is not used: from 1.10 its
 * authors ask that it not be used by AI coding agents, and 1.10.1 is built on JUnit Platform 1.x,
 * not the 6.0 that Spring Boot 4 brings.) Each property runs a fixed list of seeds, so
 * a failure names a seed and an input index that reproduce it; {@code -Dhostile.seed=N} runs one
 * more seed of one's own choosing.
 */
public final class RandomText {

    /** Pieces that the number, formula and YAML readers give meaning to, and some they should not. */
    private static final List<String> PIECES = List.of(
            "0",
            "1",
            "7",
            "9",
            "12",
            "700",
            "1.5",
            "0.",
            ".5",
            "50.4",
            "4211",
            "10528",
            "38.49",
            "1,000",
            "1e5",
            "零",
            "〇",
            "一",
            "两",
            "三",
            "九",
            "十",
            "百",
            "千",
            "万",
            "亿",
            "点",
            "半",
            "第",
            "W",
            "kW",
            "千瓦",
            "万千瓦",
            "瓦",
            "%",
            "％",
            "GPU",
            "片",
            "张",
            "年",
            "月",
            "日",
            "季度",
            "秒",
            "分钟",
            "元",
            "美元",
            "至",
            "到",
            "—",
            "–",
            "-",
            "−",
            "~",
            "～",
            "、",
            "..",
            ",",
            "，",
            "。",
            "(",
            ")",
            "（",
            "）",
            "下跌",
            "增长",
            "不到",
            "超过",
            "约",
            "近",
            "H100",
            "GPT-4",
            "Gen-3",
            "a",
            "x",
            "h100-power",
            "inference-gpus",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u3000",
            "\u00A0",
            "+",
            "*",
            "/",
            "×",
            "÷",
            "·",
            ":",
            "- ",
            "[",
            "]",
            "{",
            "}",
            "&a",
            "*a",
            "!",
            "|",
            ">",
            "'",
            "\"",
            "#",
            "?",
            "@",
            "`",
            "%YAML",
            "０",
            "１",
            "９",
            "٣",
            "๕",
            "²",
            "½",
            "Ⅻ",
            "\u0000",
            "\uFEFF",
            "\u200B",
            "\u0301",
            "\uD83D\uDE00",
            "\uD800",
            "\uDFFF",
            "\uFFFD");

    private final SplittableRandom random;

    public RandomText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Mostly pieces, sometimes arbitrary UTF-16 units, length up to {@code maxPieces} pieces. */
    public String next(int maxPieces) {
        int n = random.nextInt(maxPieces + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                s.append(PIECES.get(random.nextInt(PIECES.size())));
            } else if (kind < 8) {
                s.append((char) random.nextInt(0x10000));
            } else if (kind < 9) {
                s.append((char) ('0' + random.nextInt(10)));
            } else {
                s.append((char) (0x4E00 + random.nextInt(0x9FFF - 0x4E00)));
            }
        }
        return s.toString();
    }

    /** A piece of {@link #next} repeated to a few thousand characters: where backtracking would show. */
    public String repeated(int maxLength) {
        String unit = next(4);
        if (unit.isEmpty()) {
            unit = "1";
        }
        return unit.repeat(Math.max(1, maxLength / unit.length()));
    }

    /** A long run of one piece, such as two thousand digits or opening parentheses. */
    public String longRun() {
        String piece = PIECES.get(random.nextInt(PIECES.size()));
        return piece.repeat(1 + random.nextInt(2_000));
    }

    /** {@code text} with a few random edits: deletions, insertions of pieces, duplicated or cut lines. */
    public String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                    }
                }
                case 1 -> s.insert(at, next(3));
                case 2 -> s.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                case 3 -> {
                    // at 0 there is no character before: searching from 0 would find a line break after it
                    int lineStart = at == 0 ? 0 : s.lastIndexOf("\n", at - 1) + 1;
                    int lineEnd = s.indexOf("\n", at);
                    String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd);
                    s.insert(lineStart, line + "\n");
                }
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    /** The seeds every property runs, plus {@code -Dhostile.seed} when given. */
    public static long[] seeds() {
        String extra = System.getProperty("hostile.seed");
        long[] fixed = {1L, 7L, 42L, 20_260_611L, 0xC0FFEEL};
        if (extra == null || extra.isBlank()) {
            return fixed;
        }
        long[] all = java.util.Arrays.copyOf(fixed, fixed.length + 1);
        all[fixed.length] = Long.parseLong(extra.strip());
        return all;
    }

    /** Java source for a string, to print a failing input so that it can be pasted into a test. */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                q.append(c);
            } else {
                q.append(String.format("\\u%04X", (int) c));
            }
        }
        String out = q.append('"').toString();
        return out.length() > 400 ? out.substring(0, 400) + "…\" (" + s.length() + " chars)" : out;
    }
}
