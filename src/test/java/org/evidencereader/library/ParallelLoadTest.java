package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.article.Passage;
import org.evidencereader.bench.SyntheticLibrary;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;
import org.evidencereader.nlp.SentenceSplitter;
import org.evidencereader.nlp.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader reads articles on several threads: whatever order they finish in, the library, its
 * diagnostics and their order must be exactly what one thread gives, and the guarantees of a
 * one-thread load (a broken article never replaces its last good version) must hold.
 */
class ParallelLoadTest {

    private static final int ARTICLES = 16;
    private static final int THREADS = 4;

    /** A library of synthetic articles (shared by the tests, which only read it) with every kind of problem in it. */
    @TempDir
    static Path shared;

    @BeforeAll
    static void writeLibrary() throws IOException {
        writeTroubledLibrary(shared);
    }

    /**
     * {@value #ARTICLES} synthetic articles, most of them clean, and among them: a claim file that is
     * not YAML, an article that is not UTF-8, one without front matter, numbers nobody annotated, a
     * stated number that disagrees with its figure, a claims folder without its article, and an
     * article without a claims folder.
     */
    static void writeTroubledLibrary(Path dir) throws IOException {
        SyntheticLibrary.write(dir, ARTICLES);
        Path claims = dir.resolve("claims");
        Path articles = dir.resolve("articles");
        append(claims.resolve(slug(2)).resolve("power.yaml"), "  broken: [\n");
        Files.write(articles.resolve(slug(5) + ".md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '(', '\n'});
        Files.writeString(articles.resolve(slug(8) + ".md"), "没有前言的文章,只有正文。\n");
        append(articles.resolve(slug(7) + ".md"), "\n另有3台备用机组和15个冷却塔。\n");
        append(articles.resolve(slug(12) + ".md"), "\n还有1个数字。\n");
        replaceFirst(claims.resolve(slug(9)).resolve("power.yaml"), "value: (\\d+) W", "value: 1$1 W");
        Files.createDirectories(claims.resolve("syn-orphan"));
        Files.writeString(claims.resolve("syn-orphan/power.yaml"), "figures:\n");
        Files.writeString(articles.resolve("zz-no-claims.md"), "---\ntitle: 没有注释\n---\n\n正文里有5个数字。\n");
    }

    private static String slug(int i) {
        return SyntheticLibrary.slug(i);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void replaceFirst(Path file, String regex, String replacement) throws IOException {
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8).replaceFirst(regex, replacement),
                StandardCharsets.UTF_8);
    }

    private static LibraryLoader loader(Path dir, int threads) {
        return LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), threads);
    }

    /** Everything a snapshot serves, in order, except its version and time. */
    private static List<Object> contents(LibrarySnapshot snapshot) {
        List<Object> all = new ArrayList<>();
        all.add(List.copyOf(snapshot.articleMap().keySet()));
        all.add(List.copyOf(snapshot.unreadable().entrySet()));
        all.add(snapshot.libraryProblems());
        for (ReaderArticle article : snapshot.articles()) {
            all.add(article.article());
            all.add(List.copyOf(article.figures().values()));
            all.add(article.notClaims());
            all.add(article.coverage());
            all.add(article.diagnostics());
            all.add(article.rejectedChange());
            for (Passage passage : article.article().passages()) {
                all.add(article.marks(passage.id()));
                all.add(article.segments(passage));
            }
        }
        all.add(snapshot.diagnostics());
        return all;
    }

    @Test
    void aParallelLoadGivesTheSameLibraryAndDiagnosticsInTheSameOrderAsOneThread() {
        LibrarySnapshot sequential = loader(shared, 1).load();

        // The library really has every kind of problem in it, or the comparison proves little.
        assertThat(sequential.articles()).hasSize(ARTICLES - 2 + 1);
        assertThat(sequential.unreadable()).containsOnlyKeys(slug(5), slug(8));
        assertThat(sequential.libraryProblems())
                .singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("claims for an article that does not exist"));
        List<String> problemFiles = sequential.diagnostics().stream()
                .map(Diagnostic::file)
                .distinct()
                .toList();
        assertThat(problemFiles)
                .anySatisfy(f -> assertThat(f).endsWith(slug(2) + "/power.yaml"))
                .anySatisfy(f -> assertThat(f).endsWith(slug(7) + ".md"))
                .anySatisfy(f -> assertThat(f).endsWith(slug(9) + "/power.yaml"))
                .anySatisfy(f -> assertThat(f).endsWith(slug(12) + ".md"))
                .anySatisfy(f -> assertThat(f).endsWith("zz-no-claims.md"));
        assertThat(sequential.diagnostics())
                .filteredOn(d -> d.file().endsWith(slug(7) + ".md"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.line()).isPositive());

        for (int round = 0; round < 3; round++) {
            LibrarySnapshot parallel = loader(shared, THREADS).load();
            assertThat(contents(parallel)).isEqualTo(contents(sequential));
        }
    }

    @Test
    void articlesAreReadOnThePoolAndAnEditOnTheCallingThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SentenceSplitter recording = text -> {
            threads.add(Thread.currentThread().getName());
            return new HanLpSentenceSplitter().split(text);
        };
        LibraryLoader loader = new LibraryLoader(
                shared.resolve("articles"),
                shared.resolve("claims"),
                new ArticleParser(recording),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer(), new Detector(new HanLpTokenizer())),
                THREADS);

        LibrarySnapshot loaded = loader.load();
        assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("library-loader-"));
        assertThat(threads.size()).isLessThanOrEqualTo(THREADS);

        threads.clear();
        loader.update(loaded, List.of(slug(3)));
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aBrokenArticleAmongManyKeepsItsLastGoodVersionWhileTheOthersChange(@TempDir Path dir) throws IOException {
        SyntheticLibrary.write(dir, ARTICLES);
        LibraryLoader loader = loader(dir, THREADS);
        LibrarySnapshot good = loader.load();
        assertThat(good.diagnostics()).isEmpty();

        replaceFirst(dir.resolve("claims").resolve(slug(3)).resolve("power.yaml"), "value: (\\d+) W", "value: [$1 W");
        replaceFirst(dir.resolve("articles").resolve(slug(4) + ".md"), "title: \"", "title: \"新版");
        Files.delete(dir.resolve("articles").resolve(slug(6) + ".md"));
        List<String> changed = List.of(slug(6), slug(4), slug(3));

        LibrarySnapshot next = loader.update(good, changed);

        ReaderArticle kept = next.article(slug(3)).orElseThrow();
        assertThat(List.copyOf(kept.figures().values()))
                .isEqualTo(List.copyOf(
                        good.article(slug(3)).orElseThrow().figures().values()));
        assertThat(kept.rejectedChange())
                .filteredOn(Diagnostic::isError)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.file()).endsWith(slug(3) + "/power.yaml"));
        assertThat(next.article(slug(4)).orElseThrow().article().meta().title()).startsWith("新版");
        assertThat(next.article(slug(6))).isEmpty();
        assertThat(next.libraryProblems())
                .singleElement()
                .satisfies(d -> assertThat(d.file()).endsWith(slug(6)));
        for (int i = 0; i < ARTICLES; i++) {
            if (!changed.contains(slug(i))) {
                assertThat(next.article(slug(i)).orElseThrow())
                        .isSameAs(good.article(slug(i)).orElseThrow());
            }
        }
        assertThat(contents(next)).isEqualTo(contents(loader(dir, 1).update(good, changed)));

        // A full load (the reloader's answer to lost events) reads the broken version as it is, on any number of
        // threads.
        assertThat(contents(loader(dir, THREADS).load()))
                .isEqualTo(contents(loader(dir, 1).load()));
    }

    @Test
    void aFailureInEachArticleIsAnErrorOfEachAsOnOneThread() {
        // Every synthetic article has a paragraph about 苏州: each of them fails, on whichever thread reads it.
        SentenceSplitter failing = text -> {
            if (text.contains("苏州")) {
                throw new IllegalStateException(
                        "a bug met in " + Thread.currentThread().getName());
            }
            return List.of(new TextSpan(0, text.length()));
        };
        LibraryLoader parallel = new LibraryLoader(
                shared.resolve("articles"),
                shared.resolve("claims"),
                new ArticleParser(failing),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer()),
                THREADS);
        LibraryLoader serial = new LibraryLoader(
                shared.resolve("articles"),
                shared.resolve("claims"),
                new ArticleParser(failing),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer()),
                1);

        LibrarySnapshot snapshot = parallel.load();
        LibrarySnapshot oneThread = serial.load();
        assertThat(snapshot.diagnostics())
                .filteredOn(d -> d.message()
                        .startsWith(
                                "this file could not be read: the reader" + " failed on it (IllegalStateException)"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.file()).startsWith("articles/"));
        assertThat(snapshot.diagnostics()).isEqualTo(oneThread.diagnostics());
        assertThat(snapshot.articleMap().keySet())
                .isEqualTo(oneThread.articleMap().keySet());
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> loader(shared, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticsOfAnUnreadableArticleKeepTheirPlaceAmongTheOthers() {
        Map<String, List<Diagnostic>> unreadable =
                loader(shared, THREADS).load().unreadable();
        assertThat(unreadable.keySet()).containsExactly(slug(5), slug(8));
        assertThat(unreadable.get(slug(5))).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("file is not valid UTF-8");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(1);
        });
    }
}
