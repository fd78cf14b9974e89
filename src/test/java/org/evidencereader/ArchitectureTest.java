package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which package may use which, and where addresses are spelled: read from the main sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/evidencereader");

    /** A string literal with an address of the site in it: {@code "/articles/"}, {@code "^/(api/)?articles/…"}. */
    private static final int MAX_LINES = 400;

    private static final Pattern ROUTE_LITERAL =
            Pattern.compile("\"[^\"\\n]*(/(articles|api|diagnostics)\\b|\\b(articles|api|diagnostics)/)[^\"\\n]*\"");

    @Test
    void exportCliAndSiteDoNotUseTheHttpPackage() {
        for (String pkg : List.of("export", "cli", "site")) {
            assertThat(offenders(MAIN.resolve(pkg), text -> text.contains("org.evidencereader.web")))
                    .as("files of %s that use org.evidencereader.web", pkg)
                    .isEmpty();
        }
    }

    @Test
    void theSitePackageRendersWithoutServletOrSpringMvc() {
        assertThat(offenders(
                        MAIN.resolve("site"),
                        text -> text.contains("jakarta.servlet")
                                || text.contains("org.springframework.web.servlet")
                                || text.contains("org.springframework.web.bind")
                                || text.contains("org.springframework.http.ResponseEntity")))
                .isEmpty();
    }

    @Test
    void noAddressIsSpelledOutsideTheRouteTable() {
        Path table = MAIN.resolve("site/Route.java");
        assertThat(offenders(MAIN, text -> ROUTE_LITERAL.matcher(text).find()))
                .as("ask site.Route for the address")
                .containsExactly(table);
    }

    @Test
    void noMainSourceFileIsOver400LinesButTheLexerLikeOnes() {
        List<Path> lexers = List.of(
                MAIN.resolve("figure/Unit.java"),
                MAIN.resolve("figure/NumeralParser.java"),
                MAIN.resolve("detect/Detector.java"));
        // Files that grew past the limit once formatted, and are to be split: they may only shrink.
        java.util.Map<Path, Integer> toSplit = java.util.Map.of(
                MAIN.resolve("library/LibraryLoader.java"), 420,
                MAIN.resolve("library/ArticleAssembler.java"), 455,
                MAIN.resolve("claim/ClaimFileReader.java"), 444);
        List<Path> allowed = new java.util.ArrayList<>(lexers);
        allowed.addAll(toSplit.keySet());
        assertThat(offenders(MAIN, text -> text.lines().count() > MAX_LINES)).isSubsetOf(allowed);
        toSplit.forEach((file, ceiling) ->
                assertThat(read(file).lines().count()).as("lines of %s", file).isLessThanOrEqualTo(ceiling));
    }

    /**
     * A diagnostic built from English words (a literal, or an exception's English message) cannot be
     * shown in Chinese: these packages build every one from a message key ({@code Message.of}), whose
     * literal is the only one a call may hold.
     */
    private static final Pattern ENGLISH_DIAGNOSTIC =
            Pattern.compile("Diagnostic\\.(error|warning)\\([^;]*(\"|getMessage\\(\\))");

    private static final Pattern MESSAGE_KEY = Pattern.compile("Message\\.of\\(\\s*\"[^\"]*\"");

    @Test
    void theTextPackagesBuildEveryDiagnosticFromAMessageKey() {
        for (String pkg : List.of("anchor", "article", "derivation", "detect", "draft", "figure")) {
            assertThat(offenders(
                            MAIN.resolve(pkg),
                            text -> ENGLISH_DIAGNOSTIC
                                    .matcher(MESSAGE_KEY.matcher(text).replaceAll("Message.of(key"))
                                    .find()))
                    .as("files of %s that pass English words to Diagnostic.error/warning", pkg)
                    .isEmpty();
        }
    }

    @Test
    void everythingLogsThroughSlf4j() {
        assertThat(offenders(MAIN, text -> text.contains("java.util.logging")))
                .as("log through org.slf4j")
                .isEmpty();
    }

    /** The source files under the folder whose text has the property. */
    private static List<Path> offenders(Path folder, Predicate<String> property) {
        return sources(folder).stream()
                .filter(file -> property.test(read(file)))
                .toList();
    }

    private static List<Path> sources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
