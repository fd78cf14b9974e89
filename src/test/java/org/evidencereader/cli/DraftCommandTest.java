package org.evidencereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {

    private static final Path GOLDEN_ARTICLES = Path.of("src/test/resources/draft/articles");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private int draft(Path root, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--reader.articles-dir=" + root.resolve("articles"));
        all.add("--reader.claims-dir=" + root.resolve("claims"));
        return new DraftCommand(stream(out), stream(err)).run(all);
    }

    private int validate(Path root) {
        return new ValidateCommand(stream(out), stream(err))
                .run(List.of(
                        "--reader.articles-dir=" + root.resolve("articles"),
                        "--reader.claims-dir=" + root.resolve("claims")));
    }

    /** A library of the golden articles (or some of them) and no claim files at all. */
    private static Path library(Path dir, String... slugs) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("claims"));
        try (var articles = Files.list(GOLDEN_ARTICLES)) {
            for (Path article : articles.toList()) {
                String slug = article.getFileName().toString().replace(".md", "");
                if (slugs.length == 0 || List.of(slugs).contains(slug)) {
                    Files.copy(article, dir.resolve("articles").resolve(article.getFileName()));
                }
            }
        }
        return dir;
    }

    @Test
    void draftThenValidatePassesOnAnArticleWithNoClaimsWithWarningsForTheTodosOnly(@TempDir Path dir)
            throws IOException {
        library(dir, "chip-trade");
        assertThat(draft(dir, "chip-trade")).isZero();
        Path written = dir.resolve("claims/chip-trade/draft.yaml");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("draft: wrote " + written);
        assertThat(Files.readString(written)).contains("verdict: draft  # TODO").contains("sources: []  # TODO");
        out.reset();
        err.reset();

        assertThat(validate(dir)).isZero();
        List<String> problems = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(problems)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .contains("claims/chip-trade/draft.yaml:")
                        .contains(": warning: ")
                        .containsAnyOf("is a draft, not judged yet", "has a value but no source"));
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("validate: 0 error(s), ");
    }

    @Test
    void everyNumberOfTheArticleIsCoveredOnceTheDraftIsIn(@TempDir Path dir) throws IOException {
        library(dir, "video-app");
        assertThat(draft(dir, "video-app")).isZero();
        out.reset();
        validate(dir);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .doesNotContain("articles/video-app.md")
                .doesNotContain("is not annotated");
    }

    @Test
    void neverOverwritesAFile(@TempDir Path dir) throws IOException {
        library(dir);
        Path existing = dir.resolve("claims/chip-trade/draft.yaml");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "# the editor's own work\n");
        assertThat(draft(dir, "chip-trade")).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("# the editor's own work\n");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(existing + " already exists and is never overwritten")
                .contains("--out=FILE");

        Path elsewhere = dir.resolve("claims/chip-trade/more.yaml");
        assertThat(draft(dir, "chip-trade", "--out=" + elsewhere)).isZero();
        assertThat(Files.readString(elsewhere)).contains("figures:");
    }

    @Test
    void anUnknownSlugIsAClearErrorWithStatusTwo(@TempDir Path dir) throws IOException {
        library(dir);
        assertThat(draft(dir, "chip-trad")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("draft: there is no article 'chip-trad'")
                .contains("articles: chip-trade, datacenter-power, video-app")
                .contains("usage: ");
        assertThat(dir.resolve("claims/chip-trad")).doesNotExist();
        assertThat(draft(dir, "../articles/chip-trade")).isEqualTo(2);
        assertThat(draft(dir)).isEqualTo(2);
        assertThat(draft(dir, "chip-trade", "--ids=french")).isEqualTo(2);
    }

    @Test
    void englishIdsWhenAsked(@TempDir Path dir) throws IOException {
        library(dir);
        assertThat(draft(dir, "datacenter-power", "--ids=english")).isZero();
        String yaml = Files.readString(dir.resolve("claims/datacenter-power/draft.yaml"));
        assertThat(yaml)
                .contains("\n  servers-power:\n")
                .contains("\n  investment:\n")
                .contains("--ids=english");
    }
}
