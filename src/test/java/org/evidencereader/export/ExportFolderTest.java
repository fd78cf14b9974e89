package org.evidencereader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is written beside its folder and put in its place; links and other people's folders are refused. */
class ExportFolderTest {

    @TempDir
    Path dir;

    private Path export(Path target, boolean force, String file, String text) throws Exception {
        ExportFolder folder = ExportFolder.prepare(target, force);
        Path written = folder.staging().resolve(file);
        Files.createDirectories(written.getParent());
        Files.writeString(written, text);
        folder.commit();
        return folder.target();
    }

    private Stream<String> beside() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }

    @Test
    void writesANewFolderAndMarksIt() throws Exception {
        Path site = export(dir.resolve("site"), false, "articles/a/index.html", "new");
        assertThat(site.resolve("articles/a/index.html")).hasContent("new");
        assertThat(site.resolve(ExportFolder.MARKER)).isRegularFile();
        assertThat(beside()).containsExactly("site");
    }

    @Test
    void replacesAnEarlierExportWhole() throws Exception {
        Path site = export(dir.resolve("site"), false, "old.html", "old");
        export(site, false, "index.html", "new");
        assertThat(site.resolve("index.html")).hasContent("new");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(beside()).containsExactly("site");
    }

    @Test
    void refusesTheRootFolder() {
        assertThatThrownBy(() -> ExportFolder.prepare(Path.of("/"), true))
                .isInstanceOf(ExportFolder.Refused.class)
                .hasMessageContaining("root folder");
    }

    @Test
    void refusesALinkOnTheWay() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThatThrownBy(() -> ExportFolder.prepare(link.resolve("site"), true))
                .isInstanceOf(ExportFolder.Refused.class)
                .hasMessageContaining(link + " is a symbolic link");
        assertThatThrownBy(() -> ExportFolder.prepare(link, true))
                .isInstanceOf(ExportFolder.Refused.class)
                .hasMessageContaining(link + " is a symbolic link");
        assertThat(real).isEmptyDirectory();
    }

    /** A page of an earlier export made a link to a file elsewhere: that file is never written. */
    @Test
    void refusesALinkInsideAnEarlierExport() throws Exception {
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep");
        Path site = export(dir.resolve("site"), false, "articles/a/index.html", "old");
        Files.delete(site.resolve("articles/a/index.html"));
        Path link = Files.createSymbolicLink(site.resolve("articles/a/index.html"), outside);
        assertThatThrownBy(() -> ExportFolder.prepare(site, true))
                .isInstanceOf(ExportFolder.Refused.class)
                .hasMessageContaining(link + " is a symbolic link inside");
        assertThat(outside).hasContent("keep");
        assertThat(beside()).containsExactly("precious.txt", "site");
    }

    @Test
    void refusesAFolderWithFilesThatIsNotAnExportUnlessForced() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "mine");
        assertThatThrownBy(() -> ExportFolder.prepare(home, false))
                .isInstanceOf(ExportFolder.Refused.class)
                .hasMessageContaining("not an earlier export")
                .hasMessageContaining("--force");
        assertThat(home.resolve("thesis.tex")).hasContent("mine");
        export(home, true, "index.html", "site");
        assertThat(home.resolve("thesis.tex")).doesNotExist();
        assertThat(home.resolve("index.html")).hasContent("site");
    }

    @Test
    void anEmptyFolderIsTaken() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(export(empty, false, "index.html", "site").resolve("index.html"))
                .hasContent("site");
    }

    @Test
    void anAbandonedExportLeavesTheFolderAsItWas() throws Exception {
        Path site = export(dir.resolve("site"), false, "index.html", "old");
        ExportFolder next = ExportFolder.prepare(site, false);
        Files.writeString(next.staging().resolve("index.html"), "half");
        next.abandon();
        assertThat(site.resolve("index.html")).hasContent("old");
        assertThat(beside()).containsExactly("site");
    }
}
