package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evidencereader.cli.DraftCommand;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What `draft` writes is shown at once after a reload: every drafted figure marked in the text, its
 * card saying it is a draft, not judged yet, and no ClaimReview published for it.
 */
@WebMvcTest({PageController.class, ApiController.class})
@Import({DraftMarkedAfterReloadTest.Unannotated.class, SiteCache.class, StaticAssets.class})
class DraftMarkedAfterReloadTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Unannotated {
        @Bean
        Library library() throws IOException {
            Path root = Files.createTempDirectory("draft-reload-");
            Path articles = Files.createDirectories(root.resolve("articles"));
            Files.createDirectories(root.resolve("claims"));
            Files.copy(Path.of("src/test/resources/draft/articles/chip-trade.md"), articles.resolve("chip-trade.md"));
            return new Library(LibraryLoader.standard(articles, root.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    private String page(String language) throws Exception {
        return mvc.perform(get("/articles/chip-trade").header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void draftedFiguresAreMarkedAsDraftsAfterTheReload() throws Exception {
        assertThat(page("zh")).doesNotContain("data-figure-id=").doesNotContain("verdict-draft");

        Path claims = library.loader().claimsDir();
        int status = new DraftCommand(new PrintStream(PrintStream.nullOutputStream()), System.err)
                .run(List.of(
                        "chip-trade",
                        "--reader.articles-dir=" + library.loader().articlesDir(),
                        "--reader.claims-dir=" + claims));
        assertThat(status).isZero();
        library.reload(List.of("chip-trade"));

        String zh = page("zh");
        assertThat(zh)
                .contains("data-figure-id=\"gaoduan-gpu-jiage\"")
                .contains("verdict-draft")
                .contains("草稿（未评判）")
                .doesNotContain("ClaimReview");
        assertThat(page("en")).contains("draft (not judged yet)");
    }
}
