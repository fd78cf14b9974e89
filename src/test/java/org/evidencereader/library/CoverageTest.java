package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {

    @Test
    void accountsForEveryNumberInTheText() {
        ReaderArticle demo = LibraryLoader.standard(
                        LibraryLoaderTest.FIXTURE.resolve("articles"), LibraryLoaderTest.FIXTURE.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.coverage().mentions())
                .extracting(
                        Coverage.Mention::text,
                        m -> m.status().code(),
                        m -> m.figureId().orElse(""))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("8片", "annotated", "gpus-per-server"),
                        org.assertj.core.groups.Tuple.tuple("700W", "annotated", "gpu-power"),
                        org.assertj.core.groups.Tuple.tuple("5600W", "annotated", "server-power"),
                        org.assertj.core.groups.Tuple.tuple("1", "not-a-claim", ""));
        assertThat(demo.coverage().mentions().get(3).reason())
                .contains("part of a script that the article shows as text");
        assertThat(demo.coverage().unannotated()).isZero();
    }

    @Test
    void pointsEditorsAtANumberNobodyAnnotatedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        LibraryLoaderTest.copyFixture(dir);
        Path article = dir.resolve("articles/demo.md");
        Files.writeString(article, Files.readString(article) + "\n机房还有12台备用服务器。\n");

        ReaderArticle demo = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"))
                .load()
                .article("demo")
                .orElseThrow();

        assertThat(demo.coverage().unannotated()).isEqualTo(1);
        Diagnostic warning = demo.diagnostics().stream()
                .filter(d -> d.message().startsWith("the number '"))
                .findFirst()
                .orElseThrow();
        assertThat(warning.toString())
                .endsWith(
                        "articles/demo.md:14:5: warning: the number '12台' in p-4 is not annotated: "
                                + "describe it as a figure (quote it in a claim file), or list it under 'not-claims' with the reason it is not a figure to check");
        assertThat(demo.segments(demo.article().passage("p-4").orElseThrow()))
                .extracting(Segment::text)
                .containsExactly("机房还有", "12台", "备用服务器。");
    }
}
