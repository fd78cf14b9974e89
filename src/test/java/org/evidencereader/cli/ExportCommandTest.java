package org.evidencereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencereader.EvidenceReaderApplication;
import org.evidencereader.web.DerivationShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ARTICLES = "--reader.articles-dir=src/test/resources/fixtures/library/articles";
    private static final String CLAIMS = "--reader.claims-dir=src/test/resources/fixtures/library/claims";
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int export(String... args) {
        return new ExportCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        EvidenceReaderApplication.class)
                .run(List.of(args));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryPageDocumentAndAssetInBothLanguages(@TempDir Path dir) throws IOException {
        assertThat(export("--out=" + dir, ARTICLES, CLAIMS))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        for (String tree : List.of("", "en/")) {
            assertThat(dir.resolve(tree + "index.html")).isRegularFile();
            assertThat(dir.resolve(tree + "404.html")).isRegularFile();
            assertThat(dir.resolve(tree + "diagnostics/index.html")).isRegularFile();
            assertThat(dir.resolve(tree + "articles/demo/index.html")).isRegularFile();
            assertThat(dir.resolve(tree + "articles/demo/figures/server-power/index.html"))
                    .isRegularFile();
            assertThat(dir.resolve(tree + "articles/demo/ledger/index.html")).isRegularFile();
            assertThat(dir.resolve(tree + "articles/demo/ledger.csv")).isRegularFile();
            assertThat(dir.resolve(tree + "articles/demo/ledger.json")).isRegularFile();
            assertThat(dir.resolve(tree + "api/articles/demo/claimreview/index.json"))
                    .isRegularFile();
        }
        assertThat(dir.resolve("api/articles/index.json")).isRegularFile();
        assertThat(read(dir.resolve("api/articles/demo/index.json"))).contains("\"slug\":\"demo\"");
        assertThat(dir.resolve("api/articles/demo/figures/server-power/index.json"))
                .isRegularFile();
        assertThat(dir.resolve("api/diagnostics/index.json")).isRegularFile();
        assertThat(dir.resolve("articles/demo/index.html.gz")).isRegularFile();
        try (Stream<Path> css = Files.list(dir.resolve("assets/css"))) {
            assertThat(css.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("reader\\.[0-9a-f]{8}\\.css"));
        }
        assertThat(read(dir.resolve("en/articles/demo/index.html")))
                .contains("lang=\"en\"")
                .contains("See the whole derivation");
        assertThat(read(dir.resolve("articles/demo/index.html"))).contains("查看完整推导");
        // Nothing can be recomputed without the server: the reader page says so instead of offering a form.
        assertThat(read(dir.resolve("articles/demo/index.html")))
                .contains("这是静态导出的网页")
                .doesNotContain("what-if-form");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export: 1 article(s)");
    }

    @Test
    void everyLinkIsRelativeAndResolvesToAWrittenFile(@TempDir Path dir) throws IOException {
        assertThat(export("--out=" + dir, ARTICLES, CLAIMS)).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(dir)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String html = read(page);
            assertThat(html)
                    .as(page.toString())
                    .doesNotContain("href=\"/")
                    .doesNotContain("src=\"/")
                    .doesNotContain("?lang=");
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = m.group(1);
                if (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("#")) {
                    continue;
                }
                String file = link.replaceAll("[#?].*$", "");
                assertThat(page.getParent().resolve(file).normalize())
                        .as("%s in %s", link, page)
                        .isRegularFile();
                assertThat(page.getParent().resolve(file).normalize()).startsWith(dir);
            }
        }
    }

    @Test
    void linksEachPageToItsCopyInTheOtherLanguage(@TempDir Path dir) throws IOException {
        assertThat(export("--out=" + dir, ARTICLES, CLAIMS)).isZero();
        assertThat(read(dir.resolve("articles/demo/index.html")))
                .contains("<a class=\"lang\" href=\"../../en/articles/demo/index.html\"");
        assertThat(read(dir.resolve("en/articles/demo/figures/server-power/index.html")))
                .contains("<a class=\"lang\" href=\"../../../../../articles/demo/figures/server-power/index.html\"");
        assertThat(read(dir.resolve("index.html")))
                .contains("href=\"./articles/demo/index.html\"")
                .contains("href=\"./assets/css/reader.");
    }

    @Test
    void exportsWhatCanBeServedFromALibraryWithErrors(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("in/articles"));
        Path claims = Files.createDirectories(dir.resolve("in/claims/broken"));
        Files.writeString(articles.resolve("broken.md"), "---\ntitle: 坏的\n---\n\n功耗为700W。\n");
        Files.writeString(claims.resolve("c.yaml"), "figures:\n  x:\n    quote: 功耗为700W\n    value: [oops\n");
        int status = export(
                "--out=" + dir.resolve("site"),
                "--reader.articles-dir=" + articles,
                "--reader.claims-dir=" + dir.resolve("in/claims"));
        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("c.yaml:").contains("error");
        assertThat(dir.resolve("site/diagnostics/index.html")).isRegularFile();
    }

    /** The export is for readers: even with the editors' setting on, no coverage, diagnostics link or error banner. */
    @Test
    void theExportNeverHasTheEditorsTools(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("in/articles"));
        Path claims = Files.createDirectories(dir.resolve("in/claims/broken"));
        Files.writeString(articles.resolve("broken.md"), "---\ntitle: 坏的\n---\n\n功耗为700W，还有37台空调。\n");
        Files.writeString(claims.resolve("c.yaml"), "figures:\n  x:\n    quote: 功耗为700W\n    value: [oops\n");
        int status = export(
                "--out=" + dir.resolve("site"),
                "--reader.articles-dir=" + articles,
                "--reader.claims-dir=" + dir.resolve("in/claims"),
                "--reader.editing=true");
        assertThat(status).isZero();
        for (String page :
                List.of("index.html", "articles/broken/index.html", "en/index.html", "en/articles/broken/index.html")) {
            String html = read(dir.resolve("site").resolve(page));
            assertThat(html)
                    .as(page)
                    .doesNotContain(
                            "data-coverage-toggle",
                            "coverage-unannotated",
                            "errors-banner",
                            "diagnostics/index.html",
                            "class=\"problems\"");
            if (page.contains("articles/")) {
                assertThat(html).as(page).contains("37台");
            }
        }
    }

    @Test
    void refusesToRunWithoutAnOutputFolder() {
        assertThat(export(ARTICLES)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out=DIR is required");
        assertThat(export("--out=x", "stray")).isEqualTo(2);
    }

    /**
     * Derivations as long as allowed and a diamond lattice of 18 levels (which once made pages that doubled
     * per level): every page is made, none is the error page, each is whole and bounded.
     */
    @Test
    void exportsEveryPageOfALongChainAndADiamond(@TempDir Path dir) throws IOException {
        int chain = org.evidencereader.claim.Registry.MAX_DERIVATION_DEPTH + 1;
        DerivationShapes.chain(dir.resolve("in"), "chain", chain);
        DerivationShapes.diamond(dir.resolve("in"), "diamond", 18);
        int status = export(
                "--out=" + dir.resolve("site"),
                "--reader.articles-dir=" + dir.resolve("in/articles"),
                "--reader.claims-dir=" + dir.resolve("in/claims"));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(2 * (chain + 38));
        for (Path page : pages) {
            String html = read(page);
            assertThat(html)
                    .as(page.toString())
                    .doesNotContain("<title>出错了</title>")
                    .doesNotContain("Something went wrong");
            assertThat(html.strip()).as(page.toString()).endsWith("</html>");
            // A figure page grows with its derivation's breadth, never with its depth; the reader page with the
            // figures.
            assertThat(Files.size(page))
                    .as(page.toString())
                    .isLessThan(page.toString().contains("/figures/") ? 1 << 20 : 8 << 20);
        }
    }

    /** A page that cannot be made fails the export, which names it and leaves the folder as it was. */
    @Test
    void aPageThatFailsFailsTheExportAndNamesIt(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        assertThat(export("--out=" + site, ARTICLES, CLAIMS)).isZero();
        String before = read(site.resolve("articles/demo/index.html"));
        err.reset();
        int status = new ExportCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        FailingFigurePage.class)
                .run(List.of("--out=" + site, ARTICLES, CLAIMS));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("2 of ")
                .contains("zh /articles/demo/figures/gpu-power")
                .contains("en /articles/demo/figures/gpu-power");
        assertThat(read(site.resolve("articles/demo/index.html"))).isEqualTo(before);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    /** A refused folder is a usage mistake, said before anything is read. */
    @Test
    void refusesTheRootFolderAndALinkedFolder(@TempDir Path dir) throws IOException {
        assertThat(export("--out=/", ARTICLES, CLAIMS)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("root folder");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectories(dir.resolve("real")));
        assertThat(export("--out=" + link.resolve("articles"), ARTICLES, CLAIMS))
                .isEqualTo(2);
        assertThat(dir.resolve("real")).isEmptyDirectory();
    }
}
