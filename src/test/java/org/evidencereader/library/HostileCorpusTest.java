package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencereader.CpuTime;
import org.evidencereader.cli.ValidateCommand;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus ({@code src/test/resources/hostile}, listed with its expected
 * diagnostic in {@code expected.tsv}) is loaded beside a good article: through {@link LibraryLoader}
 * and through the {@code validate} command, each within seconds. A refused file yields exactly the
 * listed error at the listed place, no stack trace is printed, and the good article still loads
 * without an error. Symbolic links, pipes, folders, an oversized file and too many figures per
 * article are made here at run time rather than committed.
 */
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    /**
     * A load or validation that has not ended by then is stuck (a pipe read, a loop), not slow:
     * generous, since a busy 2-core CI machine can stretch seconds of work on the wall clock.
     */
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** The CPU time (all threads) one load may use: the largest case (three articles near 1 MB) takes ~9 s of wall clock on 2 cores. */
    private static final long CPU_BUDGET_MILLIS = 60_000;

    static final String ARTICLE = "---\ntitle: 演示\n---\n\n每片GPU的功耗为700W。\n";
    static final String CLAIMS = """
            sources:
              sheet:
                title: Datasheet
                url: https://example.org/h100
            figures:
              power:
                label: {zh: 功耗, en: power}
                quote: 每片GPU的功耗为700W
                value: 700 W
                sources: [sheet]
            """;

    /** One line of expected.tsv: the corpus file, and where and how it must be refused (null: accepted). */
    record Case(String path, String position, String message) {
        boolean accepted() {
            return message == null;
        }

        boolean isClaimFile() {
            return path.startsWith("claims/");
        }

        String name() {
            return Path.of(path).getFileName().toString();
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static List<Case> corpus() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 3))
                .map(f -> f[1].equals("accepted") ? new Case(f[0], null, null) : new Case(f[0], f[1], f[2]))
                .toList();
    }

    @BeforeAll
    static void warmUp(@TempDir Path dir) throws IOException {
        // HanLP reads its dictionaries on first use; that is start-up time, not the file's.
        LibraryLoader.standard(good(dir).resolve("articles"), dir.resolve("claims"))
                .load();
    }

    /** A library with the good article 'good' and its claims. */
    static Path good(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims/good"));
        Files.writeString(dir.resolve("articles/good.md"), ARTICLE);
        Files.writeString(dir.resolve("claims/good/power.yaml"), CLAIMS);
        return dir;
    }

    @Test
    void everyCorpusFileIsListed() throws IOException {
        List<String> listed = corpus().stream().map(Case::path).toList();
        for (String folder : List.of("claims", "articles")) {
            try (var files = Files.list(CORPUS.resolve(folder))) {
                files.forEach(f -> assertThat(listed).contains(folder + "/" + f.getFileName()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileGetsItsDiagnosticAndTheGoodArticleStillLoads(Case c, @TempDir Path dir) throws IOException {
        Path root = good(dir);
        Path placed;
        String slug;
        if (c.isClaimFile()) {
            slug = "demo";
            Files.writeString(root.resolve("articles/demo.md"), ARTICLE);
            Files.createDirectories(root.resolve("claims/demo"));
            placed = root.resolve("claims/demo").resolve(c.name());
        } else {
            slug = c.name().substring(0, c.name().length() - 3);
            placed = root.resolve("articles").resolve(c.name());
        }
        Files.copy(CORPUS.resolve(c.path()), placed);
        String expected = c.accepted() ? null : shown(root, placed) + ":" + c.position() + ": error: " + c.message();

        LibrarySnapshot snapshot = load(root);
        List<String> forFile = snapshot.diagnostics().stream()
                .filter(d -> d.file().equals(shown(root, placed)))
                .map(Diagnostic::toString)
                .toList();
        if (c.accepted()) {
            assertThat(forFile).as("diagnostics of %s", c).noneMatch(d -> d.contains(": error: "));
            assertThat(snapshot.article(slug)).as("%s is served", slug).isPresent();
        } else {
            assertThat(forFile).as("diagnostics of %s", c).contains(expected);
        }
        assertGoodArticleServed(snapshot);
        assertValidatePrints(root, expected, !c.accepted());
    }

    @Test
    void acceptedScriptAndHtmlStayText(@TempDir Path dir) throws IOException {
        Path root = good(dir);
        Files.writeString(root.resolve("articles/demo.md"), ARTICLE);
        Files.createDirectories(root.resolve("claims/demo"));
        Files.copy(CORPUS.resolve("claims/script-in-note.yaml"), root.resolve("claims/demo/a.yaml"));
        LibrarySnapshot snapshot = load(root);
        assertThat(snapshot.article("demo")
                        .orElseThrow()
                        .figure("power")
                        .orElseThrow()
                        .note())
                .contains("</script><script>alert(1)</script>");
    }

    @Test
    void anOversizedFileIsRefused(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        Path big = root.resolve("claims/demo/big.yaml");
        Files.writeString(big, "# " + "x".repeat(1_000_000) + "\n");
        expectError(root, big, "0:0", "file is 1000003 bytes; the limit is 1000000: split it into smaller files");
    }

    @Test
    void aLinkLeavingTheContentFoldersIsRefused(@TempDir Path dir, @TempDir Path outside) throws IOException {
        Path root = withDemo(dir);
        Path secret = Files.writeString(outside.resolve("secret.yaml"), CLAIMS);
        Path link = Files.createSymbolicLink(root.resolve("claims/demo/linked.yaml"), secret);
        expectError(
                root,
                link,
                "0:0",
                "symbolic link leads outside the articles and claims folders: "
                        + "refused (copy the file into the folder instead of linking to it)");
    }

    @Test
    void aLinkedFolderLeavingTheContentFoldersIsRefused(@TempDir Path dir, @TempDir Path outside) throws IOException {
        Path root = good(dir);
        Files.writeString(root.resolve("articles/demo.md"), ARTICLE);
        Files.writeString(outside.resolve("power.yaml"), CLAIMS);
        Files.createSymbolicLink(root.resolve("claims/demo"), outside);
        expectError(
                root,
                root.resolve("claims/demo/power.yaml"),
                "0:0",
                "symbolic link leads outside the articles "
                        + "and claims folders: refused (copy the file into the folder instead of linking to it)");
    }

    @Test
    void anArticleLinkLeavingTheContentFoldersIsRefused(@TempDir Path dir, @TempDir Path outside) throws IOException {
        Path root = good(dir);
        Path secret = Files.writeString(outside.resolve("secret.md"), ARTICLE);
        Path link = Files.createSymbolicLink(root.resolve("articles/demo.md"), secret);
        expectError(
                root,
                link,
                "0:0",
                "symbolic link leads outside the articles and claims folders: "
                        + "refused (copy the file into the folder instead of linking to it)");
    }

    @Test
    void aLinkInsideTheContentFoldersIsFollowed(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        Files.delete(root.resolve("claims/demo/power.yaml"));
        Files.createSymbolicLink(root.resolve("claims/demo/power.yaml"), root.resolve("claims/good/power.yaml"));
        LibrarySnapshot snapshot = load(root);
        assertThat(snapshot.article("demo").orElseThrow().hasErrors()).isFalse();
        assertThat(snapshot.article("demo").orElseThrow().figure("power")).isPresent();
    }

    @Test
    void aDanglingLinkIsRefused(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        Path link = Files.createSymbolicLink(root.resolve("claims/demo/gone.yaml"), dir.resolve("nowhere.yaml"));
        expectError(root, link, "0:0", "symbolic link to a file that does not exist: fix the link or remove it");
    }

    @Test
    void aFolderOrAPipeNamedLikeAClaimFileIsRefused(@TempDir Path dir) throws IOException, InterruptedException {
        Path root = withDemo(dir);
        Path folder = Files.createDirectories(root.resolve("claims/demo/folder.yaml"));
        expectError(root, folder, "0:0", "not a regular file (a folder, pipe or device): refused");
        Path pipe = root.resolve("claims/demo/pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "this test needs mkfifo (Debian package coreutils) to make a named pipe: " + e.getMessage(), e);
        }
        String said = new String(mkfifo.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).as("mkfifo finished").isTrue();
        assertThat(mkfifo.exitValue()).as("mkfifo %s: %s", pipe, said).isZero();
        // Reading a pipe would block forever; it must be refused without being opened.
        expectError(root, pipe, "0:0", "not a regular file (a folder, pipe or device): refused");
    }

    @Test
    void tooManyFiguresForOneArticleLeaveTheLastFileOut(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        for (int f = 1; f <= 5; f++) {
            StringBuilder yaml = new StringBuilder("figures:\n");
            for (int i = 1; i <= 450; i++) {
                yaml.append("  f")
                        .append(f)
                        .append('-')
                        .append(i)
                        .append(": {label: x, value: ")
                        .append(i)
                        .append(" W}\n");
            }
            Files.writeString(root.resolve("claims/demo/part" + f + ".yaml"), yaml);
        }
        expectError(
                root,
                root.resolve("claims/demo/part5.yaml"),
                "0:0",
                "this file would bring the article to 2250 figures; the limit is 2000 per article: the file is left out");
    }

    /** A derive chain 1,960 long: the first figure beyond 100 formulas deep is the error, and nothing overflows. */
    @Test
    void aDeriveChainAsLongAsTheFigureLimitAllowsIsCutAtTheDepthLimit(@TempDir Path dir) throws IOException {
        Path root = DeepDerivationTest.chain(good(dir), 1_960);
        expectError(
                root,
                root.resolve("claims/chain/part400.yaml"),
                "105:" + ("  f101: {label: f101, derive: ".length() + 1),
                "figure 'f101' is computed through 101 formulas one after another; the limit is 100: take one of the figures"
                        + " along the way from a source instead");
    }

    /** Not-claims are counted like figures: 2,000 per article at most (5,000 were once accepted, ~48 ms each). */
    @Test
    void tooManyNotClaimsForOneArticleLeaveTheLastFileOut(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        for (int f = 1; f <= 5; f++) {
            StringBuilder yaml = new StringBuilder("not-claims:\n");
            for (int i = 1; i <= 450; i++) {
                yaml.append("  - {quote: 每片GPU的功耗为700W, reason: x}\n");
            }
            Files.writeString(root.resolve("claims/demo/not" + f + ".yaml"), yaml);
        }
        expectError(
                root,
                root.resolve("claims/demo/not5.yaml"),
                "0:0",
                "this file would bring the article to 2250 not-claims; the limit is 2000 per article, as for figures: "
                        + "the file is left out");
    }

    /** 500 files of nearly 1 MB each once exhausted the heap in one load: an article's claim files are read up to 4 MiB. */
    @Test
    void claimFilesBeyondTheBytesPerArticleAreLeftOutUnread(@TempDir Path dir) throws IOException {
        Path root = withDemo(dir);
        for (int f = 1; f <= 6; f++) {
            Files.writeString(root.resolve("claims/demo/z-notes" + f + ".yaml"), "# " + "x".repeat(899_997) + "\n");
        }
        expectError(
                root,
                root.resolve("claims/demo/z-notes5.yaml"),
                "0:0",
                "this file would bring the article's claim files to "
                        + (4 * 900_000 + 900_000 + Files.size(root.resolve("claims/demo/power.yaml")))
                        + " bytes; the limit is 4194304"
                        + " (4 MiB) per article: the file is left out (shorten the notes, or split the article)");
        assertThat(load(root).article("demo").orElseThrow().figure("power")).isPresent();
    }

    /** 144,000 numbers nobody annotated once made a 37 MB list of diagnostics: 200 are listed, then one count. */
    @Test
    void manyUnannotatedNumbersAreListedUpToALimitThenCounted(@TempDir Path dir) throws IOException {
        Path root = good(dir);
        Path many = Files.writeString(
                root.resolve("articles/many.md"), "---\ntitle: 多\n---\n\n" + "有7个。\n\n".repeat(1_000));
        LibrarySnapshot snapshot = load(root);
        List<Diagnostic> forMany = snapshot.diagnostics().stream()
                .filter(d -> d.file().equals(shown(root, many)))
                .toList();
        assertThat(forMany).hasSize(201);
        assertThat(forMany.get(200).toString())
                .isEqualTo(shown(root, many) + ":405:2: warning: and 800 more numbers"
                        + " from here on are not annotated (only the first 200 are listed one by one): annotate or list those above,"
                        + " and the next ones are shown");
        assertThat(snapshot.article("many").orElseThrow().coverage().mentions()).hasSize(1_000);
    }

    @Test
    void aFrontMatterCharacterOutsideTheBasicPlaneIsReadWhereverItFalls(@TempDir Path dir) throws IOException {
        Path root = good(dir);
        for (int pad = 1_008; pad < 1_024; pad++) {
            Files.writeString(
                    root.resolve("articles/demo.md"),
                    "---\ntitle: \"" + "x".repeat(pad) + "\uD840\uDC00\uD83D\uDE00\"\n---\n\n每片GPU的功耗为700W。\n");
            LibrarySnapshot snapshot = load(root);
            assertThat(snapshot.article("demo"))
                    .as("pad %d: %s", pad, snapshot.diagnostics())
                    .isPresent();
            assertThat(snapshot.article("demo").orElseThrow().article().meta().title())
                    .endsWith("\uD83D\uDE00");
        }
    }

    @Test
    void anArticleNearTheSizeLimitLoadsWithinSeconds(@TempDir Path dir) throws IOException {
        Path root = good(dir);
        String sentence = "每片GPU的功耗为700W，一共8片，第3季度增长12.5%。";
        int bytes = sentence.getBytes(StandardCharsets.UTF_8).length;
        Path one = Files.writeString(
                root.resolve("articles/one-paragraph.md"),
                "---\ntitle: 长\n---\n\n" + sentence.repeat(990_000 / bytes) + "\n");
        Path many = Files.writeString(
                root.resolve("articles/many-paragraphs.md"), "---\ntitle: 多\n---\n\n" + "7\n\n".repeat(300_000));
        // 5 paragraphs just under 20,000 characters (~95,000 characters, ~280 KB). A full 1 MB of such
        // dense numerals takes ~9 s to detect and anchor on a 2-core machine: see docs/benchmarks.md.
        Path big = Files.writeString(
                root.resolve("articles/big.md"),
                "---\ntitle: 大\n---\n\n" + (sentence.repeat(19_000 / sentence.length()) + "\n\n").repeat(5));
        long start = System.nanoTime();
        LibrarySnapshot snapshot = load(root);
        System.out.println("three articles of up to 1 MB loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(snapshot.diagnostics().stream().map(Diagnostic::toString))
                .contains(
                        shown(root, one) + ":5:1: error: a paragraph of "
                                + sentence.repeat(990_000 / bytes).length()
                                + " characters; the limit is 20000: break it into shorter paragraphs",
                        shown(root, many)
                                + ":0:0: error: the article has 300000 paragraphs; the limit is 5000: split it into "
                                + "several articles");
        assertThat(snapshot.article("big")).isPresent();
        assertGoodArticleServed(snapshot);
    }

    /** A file as diagnostics name it: from the content folder's name on (articles/x.md, claims/x/y.yaml). */
    static String shown(Path root, Path file) {
        return root.relativize(file).toString();
    }

    private static Path withDemo(Path dir) throws IOException {
        Path root = good(dir);
        Files.writeString(root.resolve("articles/demo.md"), ARTICLE);
        Files.createDirectories(root.resolve("claims/demo"));
        Files.writeString(root.resolve("claims/demo/power.yaml"), CLAIMS);
        return root;
    }

    private static void expectError(Path root, Path file, String position, String message) {
        String expected = shown(root, file) + ":" + position + ": error: " + message;
        LibrarySnapshot snapshot = load(root);
        assertThat(snapshot.diagnostics().stream().map(Diagnostic::toString)).contains(expected);
        assertGoodArticleServed(snapshot);
        assertValidatePrints(root, expected, true);
    }

    /** Loads the library within the time limit, failing if anything is printed to stdout or stderr. */
    private static LibrarySnapshot load(Path root) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            long cpu = CpuTime.processNow();
            long wall = System.nanoTime();
            LibrarySnapshot snapshot = assertTimeoutPreemptively(
                    LIMIT,
                    () -> LibraryLoader.standard(root.resolve("articles"), root.resolve("claims"))
                            .load());
            long cpuMillis = (CpuTime.processNow() - cpu) / 1_000_000;
            assertThat(cpuMillis)
                    .as("CPU time of the load in ms (%d ms on the wall clock)", (System.nanoTime() - wall) / 1_000_000)
                    .isLessThanOrEqualTo(CPU_BUDGET_MILLIS);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            return snapshot;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertGoodArticleServed(LibrarySnapshot snapshot) {
        ReaderArticle good = snapshot.article("good").orElseThrow();
        assertThat(good.hasErrors())
                .as("the good article: %s", good.diagnostics())
                .isFalse();
        assertThat(good.figure("power")).isPresent();
    }

    private static void assertValidatePrints(Path root, String expected, boolean error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = assertTimeoutPreemptively(
                LIMIT,
                () -> new ValidateCommand(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8))
                        .run(List.of(
                                "--reader.articles-dir=" + root.resolve("articles"),
                                "--reader.claims-dir=" + root.resolve("claims"))));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ");
        if (error) {
            assertThat(status).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(expected);
        } else {
            assertThat(status).as(printed).isZero();
        }
    }
}
