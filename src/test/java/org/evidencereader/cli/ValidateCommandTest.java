package org.evidencereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path root) {
        return new ValidateCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(
                        "--reader.articles-dir=" + root.resolve("articles"),
                        "--reader.claims-dir=" + root.resolve("claims")));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Path library(Path dir, String claims) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(dir.resolve("articles/demo.md"), "---\ntitle: 演示\n---\n\n每片GPU的功耗为700W,一共8片。\n");
        Files.writeString(dir.resolve("claims/demo/power.yaml"), claims);
        return dir;
    }

    /** A statement's mistakes fail validate at their place, in the editor's language. */
    @Test
    void reportsAStatementsMistakesAtTheirPlace(@TempDir Path dir) throws IOException {
        Path root = library(dir, """
                figures:
                  power:
                    label: 功耗
                    quote: 功耗为700W
                    value: 700 W
                    verdict: unverifiable
                    note: nothing found
                not-claims:
                  - quote: 一共8片
                    reason: a count
                statements:
                  per-gpu:
                    quote: 每片GPU
                    claim: each GPU is counted
                    verdict: supported
                    sources: [sheet]
                    note: n
                """);
        assertThat(validate(root)).isEqualTo(1);
        assertThat(output())
                .contains(root.resolve("claims").getFileName() + "/demo/power.yaml:16:15: error: unknown source 'sheet'"
                        + " cited by statement 'per-gpu'");
        Files.writeString(
                root.resolve("claims/demo/power.yaml"),
                Files.readString(root.resolve("claims/demo/power.yaml"))
                        .replace("verdict: supported", "verdict: unverifiable")
                        .replace("    sources: [sheet]\n", ""));
        out.reset();
        assertThat(validate(root)).isZero();
        assertThat(output()).doesNotContain("statement");
    }

    @Test
    void printsDiagnosticsInTheLanguageAskedForAndInEnglishByDefault(@TempDir Path dir) throws IOException {
        Path root = library(dir, "figures:\n  power:\n    label: 功耗\n    quote: 功耗为700W\n    value: 700 W\n");
        List<String> folders = List.of(
                "--reader.articles-dir=" + root.resolve("articles"), "--reader.claims-dir=" + root.resolve("claims"));
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ROOT).run(folders))
                .isZero();
        assertThat(output()).contains(": warning: the number '8片' in p-1 is not annotated");
        out.reset();
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.SIMPLIFIED_CHINESE).run(folders))
                .isZero();
        assertThat(output()).contains(": warning: p-1 中的数字“8片”还没有标注：").doesNotContain("not annotated");
        out.reset();
        List<String> english = new java.util.ArrayList<>(folders);
        english.add("--lang=en");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.SIMPLIFIED_CHINESE).run(english))
                .isZero();
        assertThat(output()).contains("is not annotated");
        out.reset();
        List<String> chinese = new java.util.ArrayList<>(folders);
        chinese.add("--lang=zh");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ENGLISH).run(chinese))
                .isZero();
        assertThat(output()).contains("还没有标注");
        List<String> french = new java.util.ArrayList<>(folders);
        french.add("--lang=fr");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ENGLISH).run(french))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("validate: --lang takes zh or en, not 'fr'");
    }

    @Test
    void explainsABadClaimFileInChineseWhenAsked(@TempDir Path dir) throws IOException {
        Path root = library(dir, "figures:\n  power:\n    lable: 功耗\n    quote: 功耗为700W\n    value: 700 watt\n");
        int status = new ValidateCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(
                        "--reader.articles-dir=" + root.resolve("articles"),
                        "--reader.claims-dir=" + root.resolve("claims"),
                        "--lang=zh"));
        assertThat(status).isEqualTo(1);
        assertThat(output().lines())
                .contains(
                        root.resolve("claims").getFileName()
                                + "/demo/power.yaml:3:5: error: 数字中有未知的键“lable”；是不是想写“label”？"
                                + "（已知的键：derive, label, note, prefix, quote, source, sources, stated, suffix, unit, value,"
                                + " verdict, when）",
                        "claims/demo/power.yaml:2:3: error: 数字“power”没有“label”：请加上“label: {zh: …, en: …}”")
                .allMatch(line -> line.matches(".*: (error|warning): .*\\p{IsHan}.*"));
    }

    /** A figure computed from a broken one, and the number of the text it stands for, are printed under the error. */
    @Test
    void printsFollowOnProblemsIndentedUnderTheirCause(@TempDir Path dir) throws IOException {
        library(dir, """
                figures:
                  power:
                    label: 功耗
                    quote: 功耗为700W
                    value: 700 W
                    verdict: aproximate
                  total:
                    label: 总功耗
                    quote: 一共8片
                    derive: power * 8
                    unit: W
                """);
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output().lines().map(line -> line.replaceAll("^(\\s*\\S+: (error|warning)): .*", "$1")))
                .containsExactly(
                        "claims/demo/power.yaml:6:14: error",
                        "    articles/demo.md:5:10: warning",
                        "    articles/demo.md:5:17: warning",
                        "    claims/demo/power.yaml:10:13: error");
        assertThat(output())
                .contains("claims/demo/power.yaml:6:14: error: unknown verdict 'aproximate'")
                .contains("    articles/demo.md:5:17: warning: the number '8片' in p-1 is not annotated")
                .contains("    claims/demo/power.yaml:10:13: error: cannot compute 'total': its input 'power' has an"
                        + " error of its own");
    }

    @Test
    void passesTheShippedContent() {
        int status = new ValidateCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of());
        assertThat(output()).isEmpty();
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("validate: 0 error(s), 0 warning(s) in 1 article(s)");
    }

    @Test
    void reportsASyntaxErrorAtItsLineWithoutAStackTrace(@TempDir Path dir) throws IOException {
        library(dir, "figures:\n  power:\n    label: 功耗\n    value: [700 W\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output())
                .contains("claims/demo/power.yaml:")
                .contains(": error: not valid YAML, so nothing in this file is read: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void reportsDuplicatedIdsAcrossFiles(@TempDir Path dir) throws IOException {
        library(
                dir,
                "sources:\n  s: {title: T}\nfigures:\n  power:\n    label: 功耗\n    quote: 功耗为700W\n    value: 700 W\n    sources: [s]\n");
        Files.writeString(
                dir.resolve("claims/demo/more.yaml"),
                "figures:\n  power:\n    label: 又一个\n    value: 8 GPU\n    sources: [s]\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output())
                .contains("claims/demo/power.yaml:4:3: error: duplicate figure id 'power', already defined at ")
                .contains("claims/demo/more.yaml:2:3");
    }

    @Test
    void reportsAQuoteMissingFromTheArticleAtTheQuote(@TempDir Path dir) throws IOException {
        library(
                dir,
                "sources:\n  s: {title: T}\nfigures:\n  power:\n    label: 功耗\n    quote: 功耗为350W\n    value: 350 W\n    sources: [s]\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).contains("claims/demo/power.yaml:6:12: error: quote of 'power' not found in ");
    }

    /** The article's number was edited after the quote was copied: the figure must not stay on it. */
    @Test
    void refusesAQuoteWhoseNumberWasEditedInTheArticle(@TempDir Path dir) throws IOException {
        library(
                dir,
                "sources:\n  s: {title: T}\nfigures:\n  revenue:\n    label: 营业收入\n"
                        + "    quote: 去年该公司的营业收入为120万元,今年则同比增长了30%\n    value: 120万 CNY\n    sources: [s]\n");
        Files.writeString(dir.resolve("articles/demo.md"), "---\ntitle: 演示\n---\n\n去年该公司的营业收入为150万元,今年则同比增长了30%。\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output())
                .contains("claims/demo/power.yaml:6:12: error: quote of 'revenue' not found in ")
                .contains("so it is an orphan: ")
                .contains("refused because the numbers changed: 120万元 → 150万元; ");
    }

    /** A sign word flipped around an unchanged number reverses what the sentence says. */
    @Test
    void refusesAQuoteWhoseSignWordWasFlippedInTheArticle(@TempDir Path dir) throws IOException {
        library(
                dir,
                "sources:\n  s: {title: T}\nfigures:\n  visits:\n    label: 访问量变化\n"
                        + "    quote: Luma AI在9月的总访问量环比下跌38.49%,与上月相比\n    stated: 38.49%\n    value: -38.49 %\n    sources: [s]\n");
        Files.writeString(
                dir.resolve("articles/demo.md"), "---\ntitle: 演示\n---\n\nLuma AI在9月的总访问量环比上涨38.49%,与上月相比变化较大。\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output())
                .contains("claims/demo/power.yaml:6:12: error: quote of 'visits' not found in ")
                .contains("refused because the numbers changed: 下跌 → 上涨; ");
    }

    /** A mistyped folder must not check nothing and pass, as it would in CI. */
    @Test
    void refusesAFolderThatDoesNotExist(@TempDir Path dir) throws IOException {
        library(dir, "figures:\n");
        ValidateCommand command = new ValidateCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.run(List.of(
                        "--reader.articles-dir=" + dir.resolve("artcles"),
                        "--reader.claims-dir=" + dir.resolve("claims"))))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("there is no folder " + dir.resolve("artcles") + " to read articles from");
        err.reset();
        assertThat(command.run(List.of(
                        "--reader.articles-dir=" + dir.resolve("articles"),
                        "--reader.claims-dir=" + dir.resolve("clams"))))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("there is no folder " + dir.resolve("clams") + " to read claim files from");
        assertThat(output()).isEmpty();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(new ValidateCommand(new PrintStream(out), new PrintStream(err)).run(List.of("--articles=x")))
                .isEqualTo(2);
    }
}
