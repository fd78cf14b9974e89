package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live reload with real files: what an editor sees after saving. */
class ReloaderTest {

    @TempDir
    Path dir;

    private Library library;
    private Path claims;
    private String original;
    /** The figure's value in every snapshot swapped in, in order: nothing served can be missed. */
    private final List<Double> swapped = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** One permit each time the reloader holds a reload back for a file to be written. */
    private final java.util.concurrent.Semaphore holds = new java.util.concurrent.Semaphore(0);

    @BeforeEach
    void loadACopyOfTheFixture() throws IOException {
        LibraryLoaderTest.copyFixture(dir);
        library = new Library(LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims")));
        library.onSwap(s -> swapped.add(power(s)));
        claims = dir.resolve("claims/demo/figures.yaml");
        original = Files.readString(claims);
    }

    /** A started reloader that reports each hold to {@link #holds}. */
    private Reloader watching() throws IOException {
        Reloader reloader = new Reloader(library);
        reloader.onWaitingForAWrite(holds::release);
        reloader.start();
        return reloader;
    }

    /** Waits until the reloader holds a reload back for a file to be written. */
    private void awaitHold(String what) throws InterruptedException {
        assertThat(holds.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS))
                .as("the reloader held back for " + what)
                .isTrue();
    }

    /** The distinct values swapped in since {@link #swapped} was last cleared. */
    private List<Double> servedSince() {
        return swapped.stream().distinct().toList();
    }

    @Test
    void servesAnEditAndKeepsTheLastGoodVersionWhileAFileIsBroken() throws Exception {
        try (Reloader reloader = new Reloader(library)) {
            reloader.start();

            Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
            awaitSnapshot(library, s -> power(s) == 350);

            Files.writeString(claims, original.replace("value: 700 W", "value: [350 W"));
            awaitSnapshot(
                    library,
                    s -> !s.article("demo").orElseThrow().rejectedChange().isEmpty());
            assertThat(power(library.current())).isEqualTo(350);

            Files.writeString(claims, original);
            awaitSnapshot(
                    library,
                    s -> power(s) == 700
                            && s.article("demo").orElseThrow().rejectedChange().isEmpty());
        }
    }

    /** A statements file is watched like any claim file: a new statement is served, a broken one held back. */
    @Test
    void servesANewStatementAndHoldsBackABrokenOne() throws Exception {
        Path statements = dir.resolve("claims/demo/statements.yaml");
        String good = "statements:\n  cooling:\n    quote: 这还不算散热\n    claim: cooling is left out\n"
                + "    verdict: unverifiable\n    note: nothing was found\n";
        try (Reloader reloader = new Reloader(library)) {
            reloader.start();
            Files.writeString(statements, good);
            awaitSnapshot(
                    library,
                    s -> s.article("demo").orElseThrow().statement("cooling").isPresent());
            assertThat(library.current().article("demo").orElseThrow().statementsInText())
                    .extracting(PlacedStatement::id)
                    .containsExactly("cooling");

            Files.writeString(statements, good.replace("verdict: unverifiable", "verdict: supported"));
            awaitSnapshot(
                    library,
                    s -> !s.article("demo").orElseThrow().rejectedChange().isEmpty());
            assertThat(library.current().article("demo").orElseThrow().rejectedChange())
                    .anySatisfy(d -> assertThat(d.toString())
                            .contains("statement 'cooling' has the verdict 'supported' but cites no source"));
            assertThat(library.current()
                            .article("demo")
                            .orElseThrow()
                            .statement("cooling")
                            .orElseThrow()
                            .verdict())
                    .isEqualTo(org.evidencereader.claim.Verdict.UNVERIFIABLE);
        }
    }

    /** An editor saving in place truncates the file, then writes it: the empty file in between is never served. */
    @Test
    void anInPlaceSaveIsNotServedHalfWritten() throws Exception {
        final double before = 600;
        try (Reloader reloader = watching()) {
            Files.writeString(claims, original.replace("value: 700 W", "value: 600 W"));
            awaitSnapshot(library, s -> power(s) == 600);

            assertThat(valuesServedDuringAnInPlaceSave(claims, original.replace("value: 700 W", "value: 350 W")))
                    .isSubsetOf(before, 350.0)
                    .endsWith(350.0);
        }
    }

    /** The same, when the save comes while the reloader is still looking for files saved during the load. */
    @Test
    void anInPlaceSaveRightAfterTheLoadIsNotServedHalfWritten() throws Exception {
        final double before = 700;
        try (Reloader reloader = watching()) {
            assertThat(valuesServedDuringAnInPlaceSave(claims, original.replace("value: 700 W", "value: 350 W")))
                    .isSubsetOf(before, 350.0)
                    .endsWith(350.0);
        }
    }

    /** Vim and others write a swap file beside the one being saved: that event must not end the wait. */
    @Test
    void anotherFileChangingMeanwhileDoesNotCutTheWaitForTheWriteShort() throws Exception {
        try (Reloader reloader = watching()) {
            Files.writeString(claims, original.replace("value: 700 W", "value: 600 W"));
            awaitSnapshot(library, s -> power(s) == 600);
            swapped.clear();
            holds.drainPermits();

            Files.write(claims, new byte[0]);
            awaitHold("the emptied file");
            Files.writeString(claims.resolveSibling(".figures.yaml.swp"), "swap");
            // Held again: the swap file's event came, and the reloader went on waiting.
            awaitHold("the emptied file, after the swap file's event");
            Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
            awaitSnapshot(library, s -> power(s) == 350);

            assertThat(servedSince())
                    .as("every version served since the file was emptied")
                    .isSubsetOf(600.0, 350.0)
                    .endsWith(350.0);
        }
    }

    /** An editor or sync tool that moves the file aside and writes it again: the article is never served without it. */
    @Test
    void aFileMovedAsideAndWrittenAgainIsNotServedMissing() throws Exception {
        try (Reloader reloader = watching()) {
            Files.writeString(claims, original.replace("value: 700 W", "value: 600 W"));
            awaitSnapshot(library, s -> power(s) == 600);
            swapped.clear();
            holds.drainPermits();

            Files.move(claims, claims.resolveSibling("figures.yaml~"));
            awaitHold("the file moved aside");
            Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
            awaitSnapshot(library, s -> power(s) == 350);

            assertThat(servedSince())
                    .as("never NaN: the figure missing")
                    .isSubsetOf(600.0, 350.0)
                    .endsWith(350.0);
            Files.delete(claims.resolveSibling("figures.yaml~"));
            Files.delete(claims);
            awaitSnapshot(library, s -> Double.isNaN(power(s)));
        }
    }

    /**
     * A reload that throws an Error (here from the tokenizer, as a class that fails to load would)
     * is shown among the library's problems, and the reloader lives on: a later edit still appears.
     */
    @Test
    void aReloadThatThrowsAnErrorIsReportedAndTheNextEditStillAppears() throws Exception {
        Library failing = new Library(UnexpectedFailureTest.loader(
                dir, UnexpectedFailureTest.failingOn(() -> new NoClassDefFoundError("simulated")), 1));
        Path article = dir.resolve("articles/demo.md");
        String text = Files.readString(article);
        try (Reloader reloader = new Reloader(failing)) {
            reloader.start();
            Files.writeString(article, text + "\n炸了。\n");
            awaitSnapshot(
                    failing,
                    s -> s.diagnostics().stream()
                            .anyMatch(d -> d.isError()
                                    && d.message()
                                            .startsWith("reading the changed files failed (NoClassDefFoundError)")));
            assertThat(power(failing.current())).isEqualTo(700);

            Files.writeString(article, text);
            Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
            awaitSnapshot(failing, s -> power(s) == 350);
        }
    }

    /**
     * A file written every 10 ms (here another article) does not postpone the reload of an edit for
     * as long as it keeps changing: changes are gathered for at most about a second.
     */
    @Test
    void aFileWrittenAllTheTimeDoesNotPostponeAnEdit() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int n = 0;
            while (writing.get()) {
                try {
                    Files.writeString(dir.resolve("articles/busy.md"), "---\ntitle: 忙\n---\n\n第" + (n++) + "次。\n");
                    Thread.sleep(10);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        try (Reloader reloader = new Reloader(library)) {
            reloader.start();
            writer.start();
            Files.writeString(claims, original.replace("value: 700 W", "value: 350 W"));
            awaitSnapshot(library, s -> power(s) == 350);
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void editorsSwapBackupAndHiddenFilesAreNotContent() {
        for (String name : List.of(
                ".figures.yaml.swp",
                "figures.yaml~",
                "#figures.yaml#",
                "figures.yaml.tmp",
                ".hidden",
                "figures.yaml.swx")) {
            assertThat(Reloader.isContent(dir.resolve("claims/demo").resolve(name)))
                    .as(name)
                    .isFalse();
        }
        for (String name : List.of("figures.yaml", "old.yml", "demo.md", "new-folder")) {
            assertThat(Reloader.isContent(dir.resolve("claims/demo").resolve(name)))
                    .as(name)
                    .isTrue();
        }
    }

    /**
     * Empties the file, waits until the reloader holds back for it, writes it and waits for it;
     * returns every value swapped in from the moment it was emptied.
     */
    private List<Double> valuesServedDuringAnInPlaceSave(Path file, String text) throws Exception {
        swapped.clear();
        holds.drainPermits();
        Files.write(file, new byte[0]);
        awaitHold("the emptied file");
        Files.writeString(file, text);
        awaitSnapshot(library, s -> power(s) == 350);
        return servedSince();
    }

    @Test
    void picksUpANewArticleInANewClaimsFolder() throws Exception {
        try (Reloader reloader = new Reloader(library)) {
            reloader.start();
            Files.createDirectories(dir.resolve("claims/second"));
            Files.writeString(dir.resolve("articles/second.md"), "---\ntitle: 第二篇\n---\n\n共有3片GPU。\n");
            awaitSnapshot(library, s -> s.article("second").isPresent());
            Files.writeString(dir.resolve("claims/second/a.yaml"), """
                    sources:
                      s: {title: T}
                    figures:
                      gpus:
                        label: GPU数
                        quote: 共有3片GPU
                        value: 3 GPU
                        sources: [s]
                    """);
            awaitSnapshot(
                    library,
                    s -> s.article("second").orElseThrow().figure("gpus").isPresent());
        }
    }

    @Test
    void readsAgainWhatWasSavedWhileTheLibraryWasLoading() throws Exception {
        // Saved after the load began and before the folders are watched: no event will ever come for it.
        // On a file system whose clock is coarser than the time since the load, the save is made again
        // until its time is after the load's start, as a later save's would be.
        do {
            Files.writeString(claims, original.replace("value: 700 W", "value: 351 W"));
        } while (Files.getLastModifiedTime(claims).toInstant().isBefore(library.readFrom()));
        assertThat(power(library.current())).isEqualTo(700);
        try (Reloader reloader = new Reloader(library)) {
            reloader.start();
            awaitSnapshot(library, s -> power(s) == 351);
        }
    }

    /**
     * The figure's value, or NaN while it is missing: {@code Files.writeString} truncates the file
     * before it writes, and on a loaded machine a reload can read it in between (an empty claim file
     * is a valid one), so a snapshot without the figure can come before the one waited for.
     */
    private static double power(LibrarySnapshot snapshot) {
        return snapshot.article("demo")
                .flatMap(a -> a.figure("gpu-power"))
                .flatMap(f -> f.value())
                .map(v -> v.low())
                .orElse(Double.NaN);
    }

    private static void awaitSnapshot(Library library, Predicate<LibrarySnapshot> condition)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.test(library.current())) {
            assertThat(System.nanoTime())
                    .as("the library did not reload within 10 s")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
