package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.EvidenceReaderApplication;
import org.evidencereader.cli.ExportCommand;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * In editing mode each number nobody annotated offers the entry {@code draft} would write for it,
 * with where to paste it; readers and the static export get none of it.
 */
@WebMvcTest(controllers = PageController.class, properties = "reader.editing=true")
@Import({CopyDraftPageTest.Unannotated.class, SiteCache.class, StaticAssets.class})
class CopyDraftPageTest {

    static final Path DIR = library();

    /** An uncovered number in the page: its draft's anchor, if it has one. */
    private static final Pattern UNCOVERED =
            Pattern.compile("<span class=\"coverage-unannotated\"(?:[^>]*\\sdata-draft=\"([^\"]+)\")?[^>]*>");

    private static final Pattern DRAFT = Pattern.compile(
            "<details class=\"draft\" id=\"([^\"]+)\".*?<code data-draft-yaml[^>]*>(.*?)</code>", Pattern.DOTALL);

    private static final Pattern QUOTE = Pattern.compile("\\n    quote: \"(.*)\"\\n|\\n  - quote: \"(.*)\"\\n");
    private static final Pattern ID = Pattern.compile("\\n  ([a-z0-9-]+):\\n");

    static Path library() {
        try {
            Path root = Files.createTempDirectory("copy-draft-page-");
            Path articles = Files.createDirectories(root.resolve("articles"));
            Files.createDirectories(root.resolve("claims"));
            Files.copy(Path.of("src/test/resources/draft/articles/chip-trade.md"), articles.resolve("chip-trade.md"));
            return root;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Unannotated {
        @Bean
        Library library() {
            return new Library(LibraryLoader.standard(DIR.resolve("articles"), DIR.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    @AfterAll
    static void removeLibrary() throws IOException {
        if (DIR.getFileName().toString().startsWith("copy-draft-page-")) {
            FileSystemUtils.deleteRecursively(DIR);
        }
    }

    /** The drafts of a page by anchor, their YAML as the page shows it (and copies it). */
    static Map<String, String> drafts(String html) {
        Map<String, String> drafts = new LinkedHashMap<>();
        Matcher m = DRAFT.matcher(html);
        while (m.find()) {
            drafts.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        return drafts;
    }

    @Test
    void everyUncoveredNumberHasADraftWithAUniqueQuote() throws Exception {
        String html = ReaderModeTest.html(mvc, "/articles/chip-trade", "zh-CN");
        String text = Files.readString(DIR.resolve("articles/chip-trade.md"));
        Map<String, String> drafts = drafts(html);
        Matcher uncovered = UNCOVERED.matcher(html);
        int count = 0;
        while (uncovered.find()) {
            count++;
            assertThat(uncovered.group(1)).as(uncovered.group()).isNotNull();
            assertThat(drafts).containsKey(uncovered.group(1));
        }
        assertThat(count).isGreaterThan(10);
        assertThat(drafts).hasSize(count);
        Set<String> ids = new HashSet<>();
        for (String yaml : drafts.values()) {
            Matcher quote = QUOTE.matcher(yaml);
            assertThat(quote.find()).as(yaml).isTrue();
            String q = quote.group(1) != null ? quote.group(1) : quote.group(2);
            assertThat(text.indexOf(q)).as(q).isNotNegative().isEqualTo(text.lastIndexOf(q));
            Matcher id = ID.matcher(yaml);
            if (id.find()) {
                assertThat(ids.add(id.group(1)))
                        .as("id %s suggested twice", id.group(1))
                        .isTrue();
            }
        }
        assertThat(ids).isNotEmpty();
        assertThat(html)
                .contains("claims/chip-trade/draft.yaml")
                .contains("复制草稿")
                .contains("该文件尚不存在");
        assertThat(ReaderModeTest.html(mvc, "/articles/chip-trade", "en")).contains("Copy draft");
    }

    /** Pasted under their sections of a new file, the page's drafts are valid: warnings for the TODOs only. */
    @Test
    void thePastedDraftsAreValid(@TempDir Path dir) throws Exception {
        Map<String, String> drafts = drafts(ReaderModeTest.html(mvc, "/articles/chip-trade", "zh-CN"));
        List<String> figures = new ArrayList<>();
        List<String> notClaims = new ArrayList<>();
        drafts.values().forEach(yaml -> (yaml.contains("\n  - quote: ") ? notClaims : figures).add(yaml));
        assertThat(figures).isNotEmpty();
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(DIR.resolve("articles/chip-trade.md"), articles.resolve("chip-trade.md"));
        Path file = Files.createDirectories(dir.resolve("claims/chip-trade")).resolve("draft.yaml");
        Files.writeString(
                file,
                "figures:\n" + String.join("", figures)
                        + (notClaims.isEmpty() ? "" : "not-claims:\n" + String.join("", notClaims)));
        LibrarySnapshot snapshot =
                LibraryLoader.standard(articles, dir.resolve("claims")).load();
        assertThat(snapshot.article("chip-trade").orElseThrow().figures()).hasSize(figures.size());
        assertThat(snapshot.diagnostics())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.isError()).as(d.toString()).isFalse())
                .extracting(d -> d.in(Locale.ENGLISH))
                .allSatisfy(line ->
                        assertThat(line).containsAnyOf("is a draft, not judged yet", "has a value but no source"));
        assertThat(snapshot.article("chip-trade").orElseThrow().coverage().unannotated())
                .isZero();
    }

    @Test
    void theExportHasNoDrafts(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        int status = new ExportCommand(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        EvidenceReaderApplication.class)
                .run(List.of(
                        "--out=" + site,
                        "--reader.editing=true",
                        "--reader.articles-dir=" + DIR.resolve("articles"),
                        "--reader.claims-dir=" + DIR.resolve("claims")));
        assertThat(status).isZero();
        assertThat(Files.readString(site.resolve("articles/chip-trade/index.html")))
                .contains("2.5万美元")
                .doesNotContain("data-draft")
                .doesNotContain("class=\"draft")
                .doesNotContain("drafts.");
    }
}
