package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evidencereader.TestFiles;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.Consistency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLoaderTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/library");

    @Test
    void loadsAnArticleWithItsFiguresPlacedComputedAndChecked() {
        LibrarySnapshot snapshot = LibraryLoader.standard(FIXTURE.resolve("articles"), FIXTURE.resolve("claims"))
                .load();

        assertThat(snapshot.diagnostics()).isEmpty();
        ReaderArticle demo = snapshot.article("demo").orElseThrow();
        assertThat(demo.figuresInText())
                .extracting(Figure::id)
                .containsExactly("gpus-per-server", "gpu-power", "server-power");
        assertThat(demo.impliedFigures()).extracting(Figure::id).containsExactly("server-power-share");

        Figure server = demo.figure("server-power").orElseThrow();
        assertThat(server.display()).isEqualTo("5600W");
        assertThat(server.check()).isEqualTo(Consistency.CONSISTENT);
        assertThat(server.value().orElseThrow().canonical().low()).isCloseTo(5600, within(1e-9));
        assertThat(server.inputs()).containsExactly("gpus-per-server", "gpu-power");
        assertThat(server.arithmetic())
                .extracting(Term::text)
                .containsExactly("8 GPU", " × ", "700 W", " = ", "5.6 kW");
        assertThat(server.arithmetic().get(0).figureId()).contains("gpus-per-server");

        Figure share = demo.figure("server-power-share").orElseThrow();
        assertThat(share.value().orElseThrow().low()).isCloseTo(12.5, within(1e-9));
        assertThat(demo.ancestry(share))
                .extracting(Figure::id)
                .containsExactly("gpu-power", "server-power", "gpus-per-server");
    }

    @Test
    void cutsPassagesIntoPlainAndMarkedSegments() {
        ReaderArticle demo = LibraryLoader.standard(FIXTURE.resolve("articles"), FIXTURE.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();
        var passage = demo.article().passage("p-2").orElseThrow();
        assertThat(demo.segments(passage))
                .extracting(Segment::text)
                .containsExactly(
                        "一台服务器", "装有", "8片", "GPU", ",以", "每片功耗为", "700W", "计算,合计", "5600W", "。这还不算", "散热", "。");
    }

    /**
     * The fixture's text is {@code 一台服务器**装有8片GPU**,以[每片功耗为700W](https://example.org/datasheet)计算,
     * 合计*5600W*。这还不算[散热](https://example.org/cooling)。}: a figure keeps the formatting around it,
     * but not a link (its own link to the derivation wins), and the link's other words stay linked.
     */
    @Test
    void cutsSegmentsWhereTheInlineFormattingChanges() {
        ReaderArticle demo = LibraryLoader.standard(FIXTURE.resolve("articles"), FIXTURE.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();
        List<Segment> segments = demo.segments(demo.article().passage("p-2").orElseThrow());
        Segment.Format strong = new Segment.Format(true, false, false, Optional.empty());
        Segment.Format datasheet =
                new Segment.Format(false, false, false, Optional.of("https://example.org/datasheet"));

        assertThat(segments)
                .extracting(Segment::format)
                .containsExactly(
                        Segment.Format.NONE,
                        strong,
                        strong,
                        strong,
                        Segment.Format.NONE,
                        datasheet,
                        Segment.Format.NONE,
                        Segment.Format.NONE,
                        new Segment.Format(false, true, false, Optional.empty()),
                        Segment.Format.NONE,
                        new Segment.Format(false, false, false, Optional.of("https://example.org/cooling")),
                        Segment.Format.NONE);
        assertThat(segments.get(2).figureId()).contains("gpus-per-server");
        assertThat(segments.get(6).figureId()).contains("gpu-power");
        assertThat(segments.get(8).figureId()).contains("server-power");
    }

    /** '环比下跌38.49%' states a fall: a positive value for it is reported with how the text was read. */
    @Test
    void aStatedFallAgainstAPositiveValueSaysHowTheTextWasRead(@TempDir Path dir) throws IOException {
        TestFiles.copyTree(Path.of("articles"), dir.resolve("articles"));
        TestFiles.copyTree(Path.of("claims"), dir.resolve("claims"));
        Path traffic = dir.resolve("claims/baidu-sora/traffic.yaml");
        Files.writeString(traffic, Files.readString(traffic).replace("value: -38.49 %", "value: 38.49 %"));

        ReaderArticle article = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();

        assertThat(article.diagnostics())
                .extracting(d -> d.message())
                .anySatisfy(m -> assertThat(m)
                        .startsWith("the article states '38.49%' (read with '下跌' before it: -38.49%) "
                                + "but figure 'luma-traffic-change' is 38.49%"));
    }

    @Test
    void warnsOfBoldOverPartOfAFigure(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path article = dir.resolve("articles/demo.md");
        Files.writeString(article, Files.readString(article).replace("合计*5600W*", "合计**5600**W"));

        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.diagnostics())
                .extracting(d -> d.message())
                .containsExactly("the bold on '5600' is not shown: it covers "
                        + "only part of the figure '5600W' (server-power), which is shown as one; put the marks around the whole figure "
                        + "or leave them out");
        assertThat(demo.figure("server-power").orElseThrow().isInText()).isTrue();
    }

    /** An unannotated number half inside a link: the link keeps all its words, and both halves are still marked for editors. */
    @Test
    void anUnannotatedNumberHalfInALinkLeavesTheLinkWhole(@TempDir Path dir) throws IOException {
        ReaderArticle half = loadAlone(dir, "half", "---\ntitle: t\n---\n\n见[共售出7](https://example.org/r)台设备。\n");
        List<Segment> segments = half.segments(half.article().passages().get(0));

        Segment.Format report = new Segment.Format(false, false, false, Optional.of("https://example.org/r"));
        assertThat(segments).extracting(Segment::text).containsExactly("见", "共售出", "7", "台", "设备。");
        assertThat(segments)
                .extracting(Segment::format)
                .containsExactly(Segment.Format.NONE, report, report, Segment.Format.NONE, Segment.Format.NONE);
        assertThat(segments.get(2).isUncovered()).isTrue();
        assertThat(segments.get(3).isUncovered()).isTrue();
        assertThat(half.coverage().unannotated()).as("one number, counted once").isEqualTo(1);
    }

    /** An editor jumps to the line and column a warning names: on the line the number is written, past any markup. */
    @Test
    void placesAnUnannotatedNumberAtItsLineAndColumnInTheFile(@TempDir Path dir) throws IOException {
        ReaderArticle wrapped =
                loadAlone(dir, "wrapped", "---\ntitle: t\n---\n\n第一行**加粗**有\n第二行[链接](https://x.org)和7台。\n");

        assertThat(wrapped.diagnostics())
                .extracting(d -> d.line() + ":" + d.column() + " " + d.message().substring(0, 15))
                .containsExactly("6:24 the number '7台'");
    }

    @Test
    void warnsOfALinkWhoseWordsAreAllAFigure(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path article = dir.resolve("articles/demo.md");
        Files.writeString(
                article,
                Files.readString(article)
                        .replace(
                                "[每片功耗为700W](https://example.org/datasheet)",
                                "每片功耗为[700W](https://example.org/datasheet)"));

        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.diagnostics())
                .extracting(d -> d.message())
                .containsExactly("the link to 'https://example.org/datasheet' on '700W' "
                        + "is not shown: those words are a figure, which links to its own page; link the words around the number instead, "
                        + "or cite the address as a source of the figure");
        assertThat(demo.segments(demo.article().passage("p-2").orElseThrow()))
                .noneMatch(s -> s.format()
                        .link()
                        .filter("https://example.org/datasheet"::equals)
                        .isPresent());
    }

    @Test
    void keepsServingTheArticleWhenAClaimFileIsBroken(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("claims/demo/broken.yaml"), "figures:\n  x: [\n");

        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load();

        assertThat(snapshot.article("demo")).isPresent();
        assertThat(snapshot.article("demo").orElseThrow().figures()).hasSize(4);
        assertThat(snapshot.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("claims/demo/broken.yaml");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void reportsAStatedNumberThatDisagreesWithTheComputedValue(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path claims = dir.resolve("claims/demo/figures.yaml");
        Files.writeString(claims, Files.readString(claims).replace("value: 700 W", "value: 350 W"));

        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.figure("gpu-power").orElseThrow().check()).isEqualTo(Consistency.INCONSISTENT);
        assertThat(demo.figure("server-power").orElseThrow().check()).isEqualTo(Consistency.INCONSISTENT);
        assertThat(demo.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).startsWith("the article states '700W' but figure 'gpu-power' is 350 W"));
    }

    /**
     * A verdict that says the article's number is off (imprecise, misattributed, false), with its note, is the
     * editor's answer to the difference: the card shows both numbers, and no warning asks for it again.
     */
    @Test
    void aDifferenceTheVerdictAlreadyExplainsIsNoWarning(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path claims = dir.resolve("claims/demo/figures.yaml");
        Files.writeString(
                claims,
                Files.readString(claims)
                        .replace("value: 700 W", "value: 350 W")
                        .replace(
                                "    verdict: approximate\n    note: \"700 W",
                                "    verdict: imprecise\n    note: \"700 W"));

        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.figure("gpu-power").orElseThrow().check()).isEqualTo(Consistency.INCONSISTENT);
        assertThat(demo.diagnostics())
                .extracting(Diagnostic::message)
                .noneSatisfy(m -> assertThat(m).startsWith("the article states '700W' but figure 'gpu-power'"))
                // the total computed from it has no verdict that explains its own difference
                .anySatisfy(m -> assertThat(m).startsWith("the article states '5600W' but figure 'server-power'"));
    }

    @Test
    void refusesAVerdictThatNoSourceSupports(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path claims = dir.resolve("claims/demo/figures.yaml");
        Files.writeString(claims, Files.readString(claims).replace("""
                    unit: "%"
                """, """
                    unit: "%"
                    verdict: supported
                    note: checked
                """));
        // server-power-share is computed from figures that cite the datasheet: its verdict is supported by it.
        assertThat(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                        .load()
                        .diagnostics())
                .isEmpty();

        Files.writeString(claims, Files.readString(claims).replaceAll("\\n    sources?: .*", ""));
        assertThat(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                        .load()
                        .diagnostics())
                .extracting(Diagnostic::message)
                .contains(
                        "figure 'server-power-share' has the verdict 'supported' but neither it nor its inputs cite a source: "
                                + "add 'sources: [source-id]' (only 'unverifiable' may stand without one)");
    }

    /** "We searched and found nothing" is a finding: it stands without a source, and its note says what was searched. */
    @Test
    void anUnverifiableFigureMayCiteNoSource(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path claims = dir.resolve("claims/demo/figures.yaml");
        Files.writeString(
                claims,
                Files.readString(claims)
                        .replace("""
                    unit: "%"
                """, """
                    unit: "%"
                    verdict: unverifiable
                    note: no report of the share was found
                """)
                        .replace("verdict: approximate", "verdict: unverifiable")
                        .replaceAll("\\n    sources?: .*", ""));
        assertThat(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                        .load()
                        .diagnostics())
                .extracting(Diagnostic::message)
                .as("only the figure without a verdict is asked for a source")
                .containsExactly("figure 'gpus-per-server' has a value but no source: add 'sources: [source-id]'");
    }

    /** A reader cannot follow a judgement to a source without an address: a verdict's sources need a 'url'. */
    @Test
    void warnsOfAVerdictThatCitesASourceWithoutAnAddress(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path claims = dir.resolve("claims/demo/figures.yaml");
        String text = Files.readString(claims);
        Files.writeString(claims, text.replaceFirst("\\n    url: .*", ""));
        assertThat(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                        .load()
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .anySatisfy(
                        d -> assertThat(d)
                                .contains(": warning: figure '")
                                .contains("' has a verdict but cites source '")
                                .endsWith(
                                        "' which has no 'url': add the address where readers can read it, or cite another source"));
    }

    @Test
    void reportsAMissingFolderWithoutFailing(@TempDir Path dir) {
        LibrarySnapshot snapshot = LibraryLoader.standard(dir.resolve("none"), dir.resolve("claims"))
                .load();
        assertThat(snapshot.articles()).isEmpty();
        assertThat(snapshot.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("folder not found"));
    }

    @Test
    void anUpdateWithErrorsKeepsTheLastGoodVersionUntilItIsFixed(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        LibrarySnapshot good = loader.load();
        Path claims = dir.resolve("claims/demo/figures.yaml");
        String original = Files.readString(claims);

        Files.writeString(claims, original.replace("value: 700 W", "value: [700 W"));
        LibrarySnapshot broken = loader.update(good, List.of("demo"));

        ReaderArticle served = broken.article("demo").orElseThrow();
        assertThat(served.figures()).hasSize(4);
        assertThat(served.figure("gpu-power")
                        .orElseThrow()
                        .value()
                        .orElseThrow()
                        .low())
                .isEqualTo(700);
        assertThat(served.rejectedChange())
                .filteredOn(Diagnostic::isError)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.file()).endsWith("figures.yaml"));
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.isError()).isTrue());
        assertThat(broken.version()).isGreaterThan(good.version());

        Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
        LibrarySnapshot fixed = loader.update(broken, List.of("demo"));
        ReaderArticle now = fixed.article("demo").orElseThrow();
        assertThat(now.rejectedChange()).isEmpty();
        assertThat(now.figure("gpu-power").orElseThrow().value().orElseThrow().low())
                .isEqualTo(350);
    }

    /**
     * While a change is refused, the problems listed are those of the files as they are now (as
     * {@code validate} lists them): not also the served version's, which repeated every unchanged
     * warning and kept warnings the editor had already fixed.
     */
    @Test
    void whileAChangeIsRefusedTheProblemsListedAreThoseOfTheFilesAsTheyAreNow(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Path article = dir.resolve("articles/demo.md");
        Files.writeString(article, Files.readString(article) + "\n机房一共有12台服务器。\n");
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        LibrarySnapshot good = loader.load();
        assertThat(good.diagnostics())
                .as("the unannotated 12台")
                .anySatisfy(d -> assertThat(d.message()).contains("12台"));

        Path claims = dir.resolve("claims/demo/figures.yaml");
        Files.writeString(claims, Files.readString(claims).replace("value: 700 W", "value: [700 W"));
        LibrarySnapshot broken = loader.update(good, List.of("demo"));

        ReaderArticle served = broken.article("demo").orElseThrow();
        assertThat(served.rejectedChange()).filteredOn(Diagnostic::isError).isNotEmpty();
        assertThat(broken.diagnostics())
                .as("listed once, as validate lists them")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(loader.load().diagnostics());
    }

    /** Renaming the claims folder by mistake took every figure off the live page with only warnings. */
    @Test
    void aClaimsFolderRenamedByMistakeIsAnErrorAndTheFiguresStay(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        LibrarySnapshot good = loader.load();
        Files.move(dir.resolve("claims/demo"), dir.resolve("claims/dmeo"));
        LibrarySnapshot renamed = loader.update(good, List.of("demo"));

        ReaderArticle served = renamed.article("demo").orElseThrow();
        assertThat(served.figures()).hasSize(4);
        assertThat(served.rejectedChange())
                .filteredOn(Diagnostic::isError)
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .isEqualTo("this article's claims folder is gone, so all 4 of its figures would"
                                + " disappear: put the folder back (was it renamed to 'dmeo'?); to remove every figure on purpose, leave the"
                                + " folder empty"));

        Files.move(dir.resolve("claims/dmeo"), dir.resolve("claims/demo"));
        try (var files = Files.list(dir.resolve("claims/demo"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        LibrarySnapshot emptied = loader.update(renamed, List.of("demo"));
        assertThat(emptied.article("demo").orElseThrow().figures())
                .as("an empty folder: on purpose")
                .isEmpty();
    }

    @Test
    void aClaimFileSavedAsYmlIsNamedNotSkippedSilently(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("claims/demo/more.yml"), "figures:\n");
        assertThat(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                        .load()
                        .diagnostics())
                .filteredOn(d -> d.file().endsWith("more.yml"))
                .extracting(Diagnostic::message)
                .containsExactly("this file is not read: claim files end in '.yaml'; rename it to more.yaml");
    }

    @Test
    void anUpdateCarriesOtherArticlesOverUntouched(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        Files.writeString(dir.resolve("articles/second.md"), "---\ntitle: 第二篇\n---\n\n没有数字。\n");
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        LibrarySnapshot before = loader.load();

        LibrarySnapshot after = loader.update(before, List.of("second"));

        assertThat(after.article("demo").orElseThrow())
                .isSameAs(before.article("demo").orElseThrow());
        assertThat(after.article("second").orElseThrow())
                .isNotSameAs(before.article("second").orElseThrow());
    }

    @Test
    void anUpdateAddsNewArticlesAndDropsDeletedOnes(@TempDir Path dir) throws IOException {
        copyFixture(dir);
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        LibrarySnapshot before = loader.load();
        Files.writeString(dir.resolve("articles/new.md"), "---\ntitle: 新文章\n---\n\n正文。\n");
        Files.delete(dir.resolve("articles/demo.md"));

        LibrarySnapshot after = loader.update(before, List.of("new", "demo"));

        assertThat(after.articles()).extracting(ReaderArticle::slug).containsExactly("new");
        assertThat(after.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).startsWith("claims for an article that does not exist"));
    }

    @Test
    void mapsChangedFilesToTheirArticle(@TempDir Path dir) {
        LibraryLoader loader = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"));
        assertThat(loader.slugOf(dir.resolve("articles/demo.md"))).contains("demo");
        assertThat(loader.slugOf(dir.resolve("claims/demo/power.yaml"))).contains("demo");
        assertThat(loader.slugOf(dir.resolve("claims/demo"))).contains("demo");
        assertThat(loader.slugOf(dir.resolve("articles/notes.txt"))).isEmpty();
        assertThat(loader.slugOf(dir.resolve("elsewhere/demo.md"))).isEmpty();
    }

    /** A library of one article with no claims, read: the article. */
    private static ReaderArticle loadAlone(Path dir, String slug, String markdown) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims"));
        Files.writeString(dir.resolve("articles/" + slug + ".md"), markdown);
        return LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article(slug)
                .orElseThrow();
    }

    static void copyFixture(Path target) throws IOException {
        TestFiles.copyTree(FIXTURE, target);
    }

    /**
     * With the folders given as absolute paths (--reader.claims-dir=/srv/…), diagnostics and a figure's
     * place of definition name the files from the content folder's name on: no server path is shown.
     */
    @Test
    void filesAreNamedFromTheContentFoldersOnWhereverTheFoldersAre(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("srv/texts"));
        Path claims = Files.createDirectories(dir.resolve("srv/figures/demo"));
        TestFiles.copyTree(FIXTURE.resolve("articles"), articles);
        TestFiles.copyTree(FIXTURE.resolve("claims/demo"), claims);
        Files.writeString(claims.resolve("broken.yaml"), "figures:\n  x: {label: x, value: 1 Wattt}\n");
        Files.writeString(articles.resolve("demo.md"), Files.readString(articles.resolve("demo.md")) + "\n又有42个。\n");

        LibrarySnapshot snapshot = LibraryLoader.standard(
                        articles.toAbsolutePath(), claims.getParent().toAbsolutePath())
                .load();

        assertThat(snapshot.diagnostics())
                .extracting(Diagnostic::file)
                .isNotEmpty()
                .allMatch(file -> !file.contains(dir.toString()) && !file.startsWith("/"))
                .contains("figures/demo/broken.yaml", "texts/demo.md");
        assertThat(snapshot.article("demo")
                        .orElseThrow()
                        .figure("gpu-power")
                        .orElseThrow()
                        .definedAt()
                        .file())
                .isEqualTo("figures/demo/figures.yaml");
    }
}
