package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidencereader.article.Passage;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers an editor marks as not figures to check: placed like quotes, kept apart from figures, not shown. */
class NotClaimsTest {

    /** The Baidu/Sora article and its claims, plus a claim file with the given not-claims. */
    private static ReaderArticle load(Path dir, String notClaims) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path claims = Files.createDirectories(dir.resolve("claims/baidu-sora"));
        Files.copy(Path.of("articles/baidu-sora.md"), articles.resolve("baidu-sora.md"));
        try (Stream<Path> files = Files.list(Path.of("claims/baidu-sora"))) {
            for (Path file : files.toList()) {
                Files.copy(file, claims.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(claims.resolve("not-claims.yaml"), notClaims);
        return LibraryLoader.standard(articles, dir.resolve("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();
    }

    private static String passageWith(ReaderArticle article, String words) {
        return article.article().passages().stream()
                .filter(p -> p.text().contains(words))
                .map(Passage::id)
                .findFirst()
                .orElseThrow();
    }

    private static TextSpan spanOf(ReaderArticle article, String passageId, String words) {
        int at = article.article().passage(passageId).orElseThrow().text().indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    /** A not-claim left behind when its number was edited out of the article accounts for nothing. */
    @Test
    void aNotClaimWhoseWordsHoldNoNumberIsAWarning(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, """
                not-claims:
                  - quote: 所以这也是为什么微软
                    reason: left behind
                """);
        assertThat(article.diagnostics())
                .filteredOn(d -> d.file().endsWith("not-claims.yaml"))
                .extracting(Diagnostic::toString)
                .singleElement()
                .asString()
                .endsWith(
                        ":2:12: warning: not-claim '所以这也是为什么微软' holds no number: if its number was"
                                + " edited out of the article, remove the not-claim; otherwise quote the words with the number");
    }

    @Test
    void placesNotClaimsAtTheirNumbersInTheOrderWritten(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, """
                not-claims:
                  - quote: 两大最成熟的产品
                    stated: 两大
                    reason: a count of products named in the text
                  - quote: 迎来第二春
                    stated: 第二
                    reason: a figure of speech
                """);

        assertThat(anchoring(article)).isEmpty();
        String products = passageWith(article, "两大最成熟的产品");
        String spring = passageWith(article, "迎来第二春");
        assertThat(article.notClaims())
                .containsExactly(
                        new PlacedNotClaim(
                                products,
                                spanOf(article, products, "两大"),
                                "两大",
                                "a count of products named in the text"),
                        new PlacedNotClaim(spring, spanOf(article, spring, "第二"), "第二", "a figure of speech"));
    }

    @Test
    void doesNotShowNotClaimsInTheText(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "not-claims:\n  - {quote: 两大最成熟的产品, stated: 两大, reason: a count}\n");

        Passage passage =
                article.article().passage(passageWith(article, "两大最成熟的产品")).orElseThrow();
        assertThat(article.segments(passage)).noneMatch(s -> s.text().equals("两大"));
        assertThat(article.figures())
                .noneSatisfy((id, f) -> assertThat(f.display()).isEqualTo("两大"));
    }

    @Test
    void reportsANotClaimWhoseQuoteIsNotInTheArticleAtTheQuote(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "not-claims:\n  - quote: 三大互联网巨头\n    reason: a count\n");

        assertThat(article.notClaims()).isEmpty();
        assertThat(anchoring(article)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).endsWith("claims/baidu-sora/not-claims.yaml");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(12);
            assertThat(d.message())
                    .startsWith("quote of not-claim '三大互联网巨头' not found in "
                            + article.article().file() + ", so it is an orphan: ");
        });
    }

    @Test
    void reportsANotClaimQuoteThatOccursTwice(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "not-claims:\n  - {quote: 一分钟视频, reason: mentioned again}\n");

        assertThat(article.notClaims()).isEmpty();
        assertThat(anchoring(article))
                .extracting(Diagnostic::message)
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("quote of not-claim '一分钟视频' occurs 2 times in "));
    }

    @Test
    void refusesANotClaimOnANumberThatIsAFigure(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "not-claims:\n  - {quote: 功耗为700W计算, stated: 700W, reason: not checked}\n");

        assertThat(article.notClaims()).isEmpty();
        assertThat(article.figure("h100-power").orElseThrow().isInText()).isTrue();
        assertThat(anchoring(article))
                .extracting(Diagnostic::message)
                .containsExactly("the number of not-claim "
                        + "'功耗为700W计算' is marked for figure 'h100-power' too: a number is either a figure or not, so remove "
                        + "the not-claim or the figure's quote");
    }

    /** What anchoring reported: every diagnostic except coverage's "number … is not annotated" warnings. */
    private static List<Diagnostic> anchoring(ReaderArticle article) {
        return article.diagnostics().stream()
                .filter(d -> !d.message().startsWith("the number '"))
                .toList();
    }
}
