package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;
import org.evidencereader.nlp.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure the loader does not foresee, in one article, becomes an error naming that article's file;
 * every other article is still served, and a good version of the failing one stays served.
 */
class UnexpectedFailureTest {

    /** A tokenizer that fails on any text with 炸 in it, as a bug triggered by content would. */
    static Tokenizer failingOn(Supplier<Throwable> failure) {
        HanLpTokenizer real = new HanLpTokenizer();
        return text -> {
            if (text.contains("炸")) {
                Throwable t = failure.get();
                if (t instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) t;
            }
            return real.tokenize(text);
        };
    }

    static LibraryLoader loader(Path dir, Tokenizer tokenizer, int threads) {
        return new LibraryLoader(
                dir.resolve("articles"),
                dir.resolve("claims"),
                new ArticleParser(new HanLpSentenceSplitter()),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer(), new Detector(tokenizer)),
                threads);
    }

    static Path library(Path dir) throws IOException {
        HostileCorpusTest.good(dir);
        Files.writeString(dir.resolve("articles/bad.md"), "---\ntitle: 坏\n---\n\n炸了，有7个。\n");
        return dir;
    }

    @Test
    void anExceptionInOneArticleIsAnErrorNamingItsFile(@TempDir Path dir) throws IOException {
        for (int threads : new int[] {1, 2}) {
            for (Supplier<Throwable> failure : java.util.List.<Supplier<Throwable>>of(
                    () -> new IllegalStateException("a bug"),
                    StackOverflowError::new,
                    () -> new OutOfMemoryError("simulated"))) {
                LibrarySnapshot snapshot =
                        loader(library(dir), failingOn(failure), threads).load();
                assertThat(snapshot.article("good")).isPresent();
                assertThat(snapshot.article("bad")).isEmpty();
                assertThat(snapshot.diagnostics())
                        .filteredOn(Diagnostic::isError)
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.file()).isEqualTo("articles/bad.md");
                            assertThat(d.message())
                                    .startsWith("this file could not be read: the reader failed on it ("
                                            + failure.get().getClass().getSimpleName() + ")");
                        });
            }
        }
    }

    @Test
    void aFailingChangeKeepsTheLastGoodVersion(@TempDir Path dir) throws IOException {
        library(dir);
        Files.writeString(dir.resolve("articles/bad.md"), "---\ntitle: 好\n---\n\n有7个。\n");
        LibraryLoader loader = loader(dir, failingOn(StackOverflowError::new), 1);
        LibrarySnapshot first = loader.load();
        assertThat(first.article("bad")).isPresent();
        Files.writeString(dir.resolve("articles/bad.md"), "---\ntitle: 坏\n---\n\n炸了，有7个。\n");
        LibrarySnapshot next = loader.update(first, java.util.List.of("bad"));
        assertThat(next.article("bad")).isPresent();
        assertThat(next.article("bad").orElseThrow().article().meta().title()).isEqualTo("好");
        assertThat(next.diagnostics()).anyMatch(d -> d.isError() && d.message().contains("StackOverflowError"));
    }
}
