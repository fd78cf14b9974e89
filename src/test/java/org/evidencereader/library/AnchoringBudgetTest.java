package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The approximate search for reworded quotes has one work budget per article (character comparisons,
 * not time): the quotes it leaves unsearched are errors naming each of them.
 */
class AnchoringBudgetTest {

    static Path library(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(
                dir.resolve("articles/demo.md"),
                "---\ntitle: 演示\n---\n\n" + "第一台服务器装有8片GPU，全部满载运行。第二台服务器的功耗为700W，并不算高。\n");
        Files.writeString(dir.resolve("claims/demo/figures.yaml"), """
                sources:
                  s: {title: T, url: https://example.org}
                figures:
                  gpus:
                    label: GPU
                    quote: 第一台服务器装了8片GPU，全部满载
                    stated: 8片
                    value: 8 GPU
                    sources: [s]
                  power:
                    label: 功耗
                    quote: 第二台服务器功耗是700W，并不算高
                    stated: 700W
                    value: 700 W
                    sources: [s]
                """);
        return dir;
    }

    static LibrarySnapshot load(Path dir, Anchorer anchorer) {
        return new LibraryLoader(
                        dir.resolve("articles"),
                        dir.resolve("claims"),
                        new ArticleParser(new HanLpSentenceSplitter()),
                        new ClaimFileReader(),
                        new ArticleAssembler(anchorer),
                        1)
                .load();
    }

    @Test
    void rewordedQuotesArePlacedWithinTheDefaultBudget(@TempDir Path dir) throws IOException {
        ReaderArticle article =
                load(library(dir), new Anchorer()).article("demo").orElseThrow();
        assertThat(article.figure("gpus").orElseThrow().anchor()).isPresent();
        assertThat(article.figure("power").orElseThrow().anchor()).isPresent();
    }

    @Test
    void quotesBeyondTheBudgetAreErrorsNamingEach(@TempDir Path dir) throws IOException {
        LibrarySnapshot snapshot = load(library(dir), new Anchorer(0));
        List<String> errors = snapshot.diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::toString)
                .toList();
        assertThat(errors)
                .hasSize(2)
                .allMatch(e -> e.contains("not found in articles/demo.md, so it is an orphan: it was not"
                        + " looked for approximately, because the quotes before it in this article, not found exactly either, used up"
                        + " the approximate search one article may do (0 character comparisons)"));
        assertThat(errors.get(0)).startsWith("claims/demo/figures.yaml:6:12: error: quote of 'gpus'");
        assertThat(errors.get(1)).startsWith("claims/demo/figures.yaml:12:12: error: quote of 'power'");
    }
}
