package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.evidencereader.claim.Registry;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derivations as long or as wide as the limits on figures allow stay bounded everywhere they are walked. */
class DeepDerivationTest {

    static final String ARTICLE = "---\ntitle: 链\n---\n\n每片GPU的功耗为700W。\n";

    /** f0 from a source, then f1 = f0 * 1, f2 = f1 * 1 … up to f{length}. */
    static Path chain(Path dir, int length) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/chain"));
        Files.writeString(dir.resolve("articles/chain.md"), ARTICLE);
        StringBuilder yaml = new StringBuilder("sources:\n  s: {title: T, url: https://example.org}\nfigures:\n"
                + "  f0: {label: f0, quote: 每片GPU的功耗为700W, value: 700 W, sources: [s]}\n");
        for (int i = 1; i <= length; i++) {
            if (i % 400 == 0) { // at most 500 entries a file
                Files.writeString(dir.resolve("claims/chain/part" + i + ".yaml"), yaml);
                yaml = new StringBuilder("figures:\n");
            }
            yaml.append("  f")
                    .append(i)
                    .append(": {label: f")
                    .append(i)
                    .append(", derive: f")
                    .append(i - 1)
                    .append(" * 1, unit: W}\n");
        }
        Files.writeString(dir.resolve("claims/chain/part-last.yaml"), yaml);
        return dir;
    }

    @Test
    void aChainLongerThanTheDepthLimitStopsWithAnErrorNamingTheFigure(@TempDir Path dir) throws IOException {
        chain(dir, 1_960);
        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();
        ReaderArticle article = snapshot.article("chain").orElseThrow();

        assertThat(article.figure("f" + Registry.MAX_DERIVATION_DEPTH)).isPresent();
        assertThat(article.figure("f" + (Registry.MAX_DERIVATION_DEPTH + 1))).isEmpty();
        assertThat(snapshot.diagnostics())
                .filteredOn(
                        d -> d.message()
                                .startsWith(
                                        "figure 'f101' is computed through 101"
                                                + " formulas one after another; the limit is 100: take one of the figures along the way from a source instead"))
                .singleElement()
                .extracting(Diagnostic::file)
                .asString()
                .startsWith("claims/chain/");
        assertThat(article.figure("f1960")).isEmpty();

        WhatIf.Result result = new WhatIf().apply(article, Map.of("f0", "1 W"));
        assertThat(result.article().figure("f100").orElseThrow().plain()).isEqualTo("1 W");
        assertThat(article.ancestry(article.figure("f100").orElseThrow())).hasSize(100);
    }

    /** Each level's two figures use both of the level below: the tree doubles per level, the figures do not. */
    @Test
    void aDiamondLatticeReportsItsExpandedSizeWithoutExpandingIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/lattice"));
        Files.writeString(dir.resolve("articles/lattice.md"), ARTICLE);
        StringBuilder yaml = new StringBuilder("sources:\n  s: {title: T, url: https://example.org}\nfigures:\n"
                + "  a0: {label: a0, quote: 每片GPU的功耗为700W, value: 700 W, sources: [s]}\n"
                + "  b0: {label: b0, value: 1 W, sources: [s]}\n");
        int levels = 70;
        for (int k = 1; k <= levels; k++) {
            for (String name : new String[] {"a", "b"}) {
                yaml.append("  ")
                        .append(name)
                        .append(k)
                        .append(": {label: x, derive: a")
                        .append(k - 1)
                        .append(" + b")
                        .append(k - 1)
                        .append(", unit: W}\n");
            }
        }
        Files.writeString(dir.resolve("claims/lattice/figures.yaml"), yaml);
        ReaderArticle article = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load()
                .article("lattice")
                .orElseThrow();

        assertThat(article.expandedSize(article.figure("a0").orElseThrow())).isEqualTo(1);
        assertThat(article.expandedSize(article.figure("a16").orElseThrow())).isEqualTo((1L << 17) - 1);
        assertThat(article.expandedSize(article.figure("b" + levels).orElseThrow()))
                .isEqualTo(Long.MAX_VALUE);
        assertThat(article.ancestry(article.figure("b" + levels).orElseThrow())).hasSize(2 * levels);
    }
}
