package org.evidencereader.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Libraries whose derivations have the shapes that used to make pages grow without bound: a
 * diamond lattice (each level's two figures use both figures of the level below), a long chain
 * (each figure derived from the one before), and many figures with long formulas. Each is one
 * article under {@code dir/articles} and {@code dir/claims}, that loads without errors.
 */
public final class DerivationShapes {

    private DerivationShapes() {}

    /** {@code a0}, {@code b0} sourced; {@code a<k> = a<k-1> + b<k-1>}, {@code b<k> = a<k-1> + b<k-1> + b<k-1>}. */
    public static void diamond(Path dir, String slug, int levels) {
        List<String> figures = new ArrayList<>(List.of(sourced("a0", "甲", 1), sourced("b0", "乙", 2)));
        for (int k = 1; k <= levels; k++) {
            String a = "a" + (k - 1);
            String b = "b" + (k - 1);
            figures.add(derived("a" + k, a + " + " + b));
            figures.add(derived("b" + k, a + " + " + b + " + " + b));
        }
        write(dir, slug, "甲项为1W。乙项为2W。", "", figures);
    }

    /** {@code c0} sourced; {@code c<k> = c<k-1> * 1} for k up to {@code length - 1}. */
    public static void chain(Path dir, String slug, int length) {
        List<String> figures = new ArrayList<>(List.of(sourced("c0", "甲", 1)));
        for (int k = 1; k < length; k++) {
            figures.add(derived("c" + k, "c" + (k - 1) + " * 1"));
        }
        write(dir, slug, "甲项为1W。", "", figures);
    }

    /**
     * {@code sourced} figures {@code s<i>} with a source each, then derived ones, each the one before
     * plus {@code terms - 1} of the sourced ones: formulas of {@code terms - 1} operators. The chain of
     * derived figures starts again from a sourced one every 100 figures, the longest derivation allowed.
     */
    public static void wide(Path dir, String slug, int sourced, int derived, int terms) {
        StringBuilder text = new StringBuilder();
        List<String> figures = new ArrayList<>();
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < sourced; i++) {
            String name = "第" + chinese(i);
            text.append(name).append("项为").append(i + 1).append("W。");
            figures.add(sourced("s" + i, name, i + 1) + "    sources: [src" + i + "]\n");
            sources.append("  src")
                    .append(i)
                    .append(":\n    title: Source ")
                    .append(i)
                    .append("\n    publisher: Publisher ")
                    .append(i)
                    .append("\n    url: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        for (int k = 0; k < derived; k++) {
            StringBuilder formula = new StringBuilder(k % 100 == 0 ? "s0" : "d" + (k - 1));
            for (int t = 1; t < terms; t++) {
                formula.append(" + s").append((k + t) % sourced);
            }
            figures.add(derived("d" + k, formula.toString()));
        }
        write(dir, slug, text.toString(), sources.toString(), figures);
    }

    /** A name without digits, so that each quote holds one number: 号零, 号一二 … */
    private static String chinese(int i) {
        String digits = "零一二三四五六七八九";
        StringBuilder name = new StringBuilder("号");
        for (char c : Integer.toString(i).toCharArray()) {
            name.append(digits.charAt(c - '0'));
        }
        return name.toString();
    }

    private static String sourced(String id, String name, int watts) {
        return "  " + id + ":\n    label: {zh: " + name + ", en: " + id + "}\n    quote: " + name + "项为" + watts + "W\n"
                + "    value: " + watts + " W\n";
    }

    private static String derived(String id, String formula) {
        return "  " + id + ":\n    label: {zh: 推算" + id + ", en: derived " + id + "}\n    derive: " + formula
                + "\n    unit: W\n";
    }

    /** A claim file holds at most 500 figures: these are written 400 to a file, the sources in a file of their own. */
    private static void write(Path dir, String slug, String text, String sources, List<String> figures) {
        try {
            Files.createDirectories(dir.resolve("articles"));
            Path claimsDir = Files.createDirectories(dir.resolve("claims").resolve(slug));
            Files.writeString(
                    dir.resolve("articles").resolve(slug + ".md"),
                    "---\ntitle: 形状\ntitle-en: Shape\nlang: zh-CN\n---\n\n" + text + "\n");
            if (!sources.isEmpty()) {
                Files.writeString(claimsDir.resolve("sources.yaml"), "sources:\n" + sources);
            }
            for (int from = 0, file = 0; from < figures.size(); from += 400, file++) {
                Files.writeString(
                        claimsDir.resolve("figures-" + file + ".yaml"),
                        "figures:\n" + String.join("", figures.subList(from, Math.min(figures.size(), from + 400))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
