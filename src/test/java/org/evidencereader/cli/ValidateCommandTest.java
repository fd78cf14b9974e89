package org.evidencereader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int validate(Path root) {
        return new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("--reader.articles-dir=" + root.resolve("articles"), "--reader.claims-dir=" + root.resolve("claims")));
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

    @Test
    void printsDiagnosticsInTheLanguageAskedForAndInEnglishByDefault(@TempDir Path dir) throws IOException {
        Path root = library(dir, "figures:\n  power:\n    label: 功耗\n    quote: 功耗为700W\n    value: 700 W\n");
        List<String> folders = List.of("--reader.articles-dir=" + root.resolve("articles"), "--reader.claims-dir=" + root.resolve("claims"));
        PrintStream printOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ROOT).run(folders)).isZero();
        assertThat(output()).contains(": warning: the number '8片' in p-1 is not annotated");
        out.reset();
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.SIMPLIFIED_CHINESE).run(folders)).isZero();
        assertThat(output()).contains(": warning: p-1 中的数字“8片”还没有标注：").doesNotContain("not annotated");
        out.reset();
        List<String> english = new java.util.ArrayList<>(folders);
        english.add("--lang=en");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.SIMPLIFIED_CHINESE).run(english)).isZero();
        assertThat(output()).contains("is not annotated");
        out.reset();
        List<String> chinese = new java.util.ArrayList<>(folders);
        chinese.add("--lang=zh");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ENGLISH).run(chinese)).isZero();
        assertThat(output()).contains("还没有标注");
        List<String> french = new java.util.ArrayList<>(folders);
        french.add("--lang=fr");
        assertThat(new ValidateCommand(printOut, printErr, java.util.Locale.ENGLISH).run(french)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("validate: --lang takes zh or en, not 'fr'");
    }

    @Test
    void passesTheShippedContent() {
        int status = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of());
        assertThat(output()).isEmpty();
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("validate: 0 error(s), 0 warning(s) in 1 article(s)");
    }

    @Test
    void reportsASyntaxErrorAtItsLineWithoutAStackTrace(@TempDir Path dir) throws IOException {
        library(dir, "figures:\n  power:\n    label: 功耗\n    value: [700 W\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).contains("claims/demo/power.yaml:").contains(": error: not valid YAML, so nothing in this file is read: ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void reportsDuplicatedIdsAcrossFiles(@TempDir Path dir) throws IOException {
        library(dir, "sources:\n  s: {title: T}\nfigures:\n  power:\n    label: 功耗\n    quote: 功耗为700W\n    value: 700 W\n    sources: [s]\n");
        Files.writeString(dir.resolve("claims/demo/more.yaml"), "figures:\n  power:\n    label: 又一个\n    value: 8 GPU\n    sources: [s]\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).contains("claims/demo/power.yaml:4:3: error: duplicate figure id 'power', already defined at ")
                .contains("claims/demo/more.yaml:2:3");
    }

    @Test
    void reportsAQuoteMissingFromTheArticleAtTheQuote(@TempDir Path dir) throws IOException {
        library(dir, "sources:\n  s: {title: T}\nfigures:\n  power:\n    label: 功耗\n    quote: 功耗为350W\n    value: 350 W\n    sources: [s]\n");
        assertThat(validate(dir)).isEqualTo(1);
        assertThat(output()).contains("claims/demo/power.yaml:6:12: error: quote of 'power' not found in ");
    }

    /** A mistyped folder must not check nothing and pass, as it would in CI. */
    @Test
    void refusesAFolderThatDoesNotExist(@TempDir Path dir) throws IOException {
        library(dir, "figures:\n");
        ValidateCommand command = new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.run(List.of("--reader.articles-dir=" + dir.resolve("artcles"), "--reader.claims-dir=" + dir.resolve("claims"))))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no folder " + dir.resolve("artcles") + " to read articles from");
        err.reset();
        assertThat(command.run(List.of("--reader.articles-dir=" + dir.resolve("articles"), "--reader.claims-dir=" + dir.resolve("clams"))))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no folder " + dir.resolve("clams") + " to read claim files from");
        assertThat(output()).isEmpty();
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(new ValidateCommand(new PrintStream(out), new PrintStream(err)).run(List.of("--articles=x"))).isEqualTo(2);
    }
}
