package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values and formulas the engine cannot represent (a unit power it cannot show, a number beyond a
 * double, a product that overflows) are diagnostics at the value, never an exception out of the load.
 */
class UncomputableClaimsTest {

    static final String ARTICLE = "---\ntitle: 演示\n---\n\n每片GPU的功耗为700W。\n";

    record Case(String name, String figure, String position, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String nines400 = "9".repeat(400);
        String nines308 = "9".repeat(308);
        String thirteen = "p" + " * p".repeat(13);
        return Stream.of(
                new Case(
                        "unit power",
                        "  x: {label: x, value: 1 W·s·s·s·s}\n",
                        "9:34",
                        "bad value '1 W·s·s·s·s': the unit has s to the power 4; the most a unit can have is 3: check the unit"),
                new Case(
                        "number too large",
                        "  x: {label: x, value: " + nines400 + " W}\n",
                        "9:24",
                        "bad value '" + nines400 + " W': the number is too large"),
                new Case(
                        "range to a number too large",
                        "  x: {label: x, value: 1.." + nines400 + " W}\n",
                        "9:27",
                        "bad value '1.." + nines400 + " W': the number is too large"),
                new Case(
                        "number too large in base units",
                        "  x: {label: x, value: " + nines308 + " kW}\n",
                        "9:24",
                        "bad value '" + nines308 + " kW': the number is too large"),
                new Case(
                        "self-multiplication",
                        "  x: {label: x, derive: " + thirteen + ", unit: W}\n",
                        "9:25",
                        "cannot compute 'x' = " + thirteen
                                + ": cannot multiply W³ and W: the result would have W to the power 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aValueOrFormulaBeyondTheEngineIsADiagnosticAtItsPlace(Case c, @TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(dir.resolve("articles/demo.md"), ARTICLE);
        Path claims = Files.writeString(dir.resolve("claims/demo/power.yaml"), """
                sources:
                  sheet: {title: Datasheet, url: https://example.org/h100}
                figures:
                  p:
                    label: {zh: 功耗, en: power}
                    quote: 每片GPU的功耗为700W
                    value: 700 W
                    sources: [sheet]
                """ + c.figure());
        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();
        List<String> problems =
                snapshot.diagnostics().stream().map(Diagnostic::toString).toList();
        assertThat(problems)
                .as("%s", problems)
                .anyMatch(d -> d.startsWith("claims/demo/power.yaml:" + c.position() + ": error: " + c.message()));
        ReaderArticle demo = snapshot.article("demo").orElseThrow();
        assertThat(demo.figure("p")).isPresent();
        assertThat(demo.figure("x")).isEmpty();
    }

    /** A number in the text too large for the engine in base units is simply not a number to check. */
    @Test
    void aNumberInTheTextBeyondTheEngineIsNoFailure(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(
                dir.resolve("articles/demo.md"),
                ARTICLE + "\n总功率为" + "9".repeat(308) + "千瓦，或" + "9".repeat(300) + "万亿千瓦时。\n");
        Files.createDirectories(dir.resolve("claims/demo"));
        Files.writeString(dir.resolve("claims/demo/total.yaml"), """
                sources:
                  sheet: {title: Datasheet, url: https://example.org/h100}
                figures:
                  total:
                    label: {zh: 总功率, en: total power}
                    quote: 总功率为%s千瓦
                    value: 1 W
                    sources: [sheet]
                """.formatted("9".repeat(308)));
        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();
        assertThat(snapshot.article("demo")).isPresent();
        assertThat(snapshot.article("demo").orElseThrow().figure("total")).isPresent();
        assertThat(snapshot.diagnostics()).noneMatch(Diagnostic::isError);
    }
}
