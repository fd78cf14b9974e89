package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencereader.article.Passage;
import org.evidencereader.claim.Verdict;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements placed in the text like figures' quotes, and shown as runs around the figures they hold. */
class StatementPlacementTest {

    /** The Baidu/Sora article with its claims, the shipped statements replaced by {@code statements}. */
    private static ReaderArticle load(Path dir, String statements) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path claims = Files.createDirectories(dir.resolve("claims/baidu-sora"));
        Files.copy(Path.of("articles/baidu-sora.md"), articles.resolve("baidu-sora.md"));
        try (Stream<Path> files = Files.list(Path.of("claims/baidu-sora"))) {
            for (Path file : files.toList()) {
                Files.copy(file, claims.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(claims.resolve("statement-claims.yaml"), statements);
        return LibraryLoader.standard(articles, dir.resolve("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();
    }

    private static String statement(String id, String quote) {
        return "  " + id + ":\n    quote: " + quote + "\n    claim: c\n    verdict: unverifiable\n    note: n\n";
    }

    private static List<String> statementProblems(ReaderArticle article) {
        return article.diagnostics().stream()
                .filter(d -> d.file().endsWith("statement-claims.yaml"))
                .map(Diagnostic::toString)
                .toList();
    }

    private static String passageWith(ReaderArticle article, String words) {
        return article.article().passages().stream()
                .filter(p -> p.text().contains(words))
                .map(Passage::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStatementIsPlacedAtItsWordsAndShownAsOneRun(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "statements:\n" + statement("nuclear", "微软、谷歌等大厂会盯上核电"));
        assertThat(statementProblems(article)).isEmpty();
        PlacedStatement placed = article.statement("nuclear").orElseThrow();
        String passage = passageWith(article, "微软、谷歌等大厂会盯上核电");
        assertThat(placed.passageId()).contains(passage);
        String text = article.article().passage(passage).orElseThrow().text();
        int at = text.indexOf("微软、谷歌等大厂会盯上核电");
        assertThat(placed.span()).contains(new TextSpan(at, at + "微软、谷歌等大厂会盯上核电".length()));
        List<Segment> runs = article.segments(article.article().passage(passage).orElseThrow()).stream()
                .filter(Segment::isStatement)
                .toList();
        assertThat(runs).extracting(Segment::text).containsExactly("微软、谷歌等大厂会盯上核电");
        assertThat(runs).allSatisfy(s -> assertThat(s.statementId()).contains("nuclear"));
    }

    /** 李彦宏's sentence holds the figure 10年、20年: the sentence is the statement's, the number stays the figure's. */
    @Test
    void aFigureInsideAStatementKeepsItsOwnMarkBetweenTheStatementsRuns(@TempDir Path dir) throws IOException {
        ReaderArticle article =
                load(dir, "statements:\n" + statement("payback", "Sora这种视频生成模型的投入周期太长,10年、20年可能都拿不到业务收益"));
        assertThat(statementProblems(article)).isEmpty();
        String passage = passageWith(article, "10年、20年");
        List<Segment> runs = article.segments(article.article().passage(passage).orElseThrow()).stream()
                .filter(s -> s.isStatement() || s.isFigure())
                .toList();
        assertThat(runs)
                .extracting(
                        Segment::text,
                        s -> s.figureId().orElse(""),
                        s -> s.statementId().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sora这种视频生成模型的投入周期太长,", "", "payback"),
                        org.assertj.core.groups.Tuple.tuple("10年、20年", "baidu-payback-years", ""),
                        org.assertj.core.groups.Tuple.tuple("可能都拿不到业务收益", "", "payback"));
    }

    @Test
    void aQuoteThatCutsAFiguresNumberInTwoIsAnErrorAndTheStatementIsNotMarked(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "statements:\n" + statement("cut", "投入周期太长,10年、20"));
        assertThat(statementProblems(article))
                .containsExactly(
                        dir.getFileName() == null
                                ? ""
                                : "claims/baidu-sora/statement-claims.yaml:3:12: error: the quote of statement 'cut' cuts"
                                        + " through the words '10年、20年' marked for figure 'baidu-payback-years': let the quote"
                                        + " hold all of them or none of them");
        assertThat(article.statement("cut").orElseThrow().isInText()).isFalse();
        assertThat(article.statementsInText()).isEmpty();
    }

    @Test
    void twoStatementsOnTheSameWordsAreAnError(@TempDir Path dir) throws IOException {
        ReaderArticle article =
                load(dir, "statements:\n" + statement("first", "微软、谷歌等大厂会盯上核电") + statement("second", "谷歌等大厂会盯上核电的原因"));
        assertThat(statementProblems(article))
                .containsExactly("claims/baidu-sora/statement-claims.yaml:8:12: error: the quote of statement 'second'"
                        + " overlaps that of statement 'first': a passage's words belong to one statement at most, so"
                        + " shorten one of the quotes");
        assertThat(article.statementsInText()).extracting(PlacedStatement::id).containsExactly("first");
    }

    @Test
    void aQuoteNotInTheArticleIsAnOrphanErrorAndTheStatementIsStillListed(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(dir, "statements:\n" + statement("gone", "百度宣布明年推出视频大模型并开放测试"));
        assertThat(statementProblems(article))
                .singleElement()
                .asString()
                .startsWith("claims/baidu-sora/statement-claims.yaml:3:12: error: quote of statement 'gone' not found");
        assertThat(article.statement("gone").orElseThrow().passageId()).isEqualTo(Optional.empty());
        assertThat(article.statements()).hasSize(1);
    }

    @Test
    void aRepeatedQuoteIsPickedByItsPrefix(@TempDir Path dir) throws IOException {
        ReaderArticle article = load(
                dir,
                "statements:\n  s:\n    quote: 百度\n    prefix: 毕竟作为国内率先押注AI的厂商,\n"
                        + "    claim: c\n    verdict: unverifiable\n    note: n\n");
        assertThat(statementProblems(article)).isEmpty();
        PlacedStatement placed = article.statement("s").orElseThrow();
        String text = article.article()
                .passage(placed.passageId().orElseThrow())
                .orElseThrow()
                .text();
        assertThat(text.substring(
                        placed.span().orElseThrow().start() - "毕竟作为国内率先押注AI的厂商,".length(),
                        placed.span().orElseThrow().end()))
                .isEqualTo("毕竟作为国内率先押注AI的厂商,百度");
    }

    /** A link cannot hold another: the article's link inside a statement's words is shown as text, with a warning. */
    @Test
    void aLinkInsideAStatementsWordsIsAWarningAndIsNotShown(@TempDir Path dir) throws IOException {
        LibraryLoaderTest.copyFixture(dir);
        Files.writeString(dir.resolve("claims/demo/statements.yaml"), "statements:\n" + statement("cooling", "这还不算散热"));
        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();
        assertThat(demo.diagnostics())
                .extracting(Diagnostic::toString)
                .contains("claims/demo/statements.yaml:3:12: warning: the link to 'https://example.org/cooling' inside"
                        + " the words of statement 'cooling' is not shown: a statement's words are a link to its card,"
                        + " and a link cannot hold another; shorten the quote to leave the link out, or cite the address"
                        + " as a source of the statement");
        Passage passage = demo.article()
                .passage(demo.statement("cooling").orElseThrow().passageId().orElseThrow())
                .orElseThrow();
        assertThat(demo.segments(passage))
                .filteredOn(Segment::isStatement)
                .extracting(Segment::text, s -> s.format().link())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("这还不算", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("散热", Optional.empty()));
    }

    @Test
    void statementsCountInTheVerdictSummary(@TempDir Path dir) throws IOException {
        ReaderArticle without = load(dir.resolve("a"), "statements:\n");
        ReaderArticle with = load(dir.resolve("b"), "statements:\n" + statement("nuclear", "微软、谷歌等大厂会盯上核电"));
        long before = count(without, Verdict.UNVERIFIABLE);
        assertThat(count(with, Verdict.UNVERIFIABLE)).isEqualTo(before + 1);
    }

    private static long count(ReaderArticle article, Verdict verdict) {
        return article.verdictCounts().stream()
                .filter(c -> c.verdict().equals(Optional.of(verdict)))
                .mapToLong(VerdictCount::count)
                .sum();
    }
}
