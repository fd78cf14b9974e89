package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * Article pages are built on first request, per language, and kept while the article is unchanged:
 * a reload of one article leaves the other's pages (and their ETags) alone, and serves the reloaded
 * one's new content; 304 and gzip work for pages built on demand as for the others.
 */
@WebMvcTest({PageController.class, ApiController.class, LedgerController.class})
@Import({LazySiteCacheTest.TwoArticles.class, SiteCache.class, StaticAssets.class})
class LazySiteCacheTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TwoArticles {
        @Bean
        Library library() throws IOException {
            Path root = Files.createTempDirectory("lazy-site-");
            Path articles = Files.createDirectories(root.resolve("articles"));
            Files.copy(FixtureLibrary.ROOT.resolve("articles/demo.md"), articles.resolve("demo.md"));
            Files.copy(FixtureLibrary.ROOT.resolve("articles/demo.md"), articles.resolve("other.md"));
            for (String slug : List.of("demo", "other")) {
                Path claims = Files.createDirectories(root.resolve("claims").resolve(slug));
                Files.copy(FixtureLibrary.ROOT.resolve("claims/demo/figures.yaml"), claims.resolve("figures.yaml"));
            }
            return new Library(LibraryLoader.standard(articles, root.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    private String etag(String path, String language) throws Exception {
        MvcResult result = mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn();
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void reloadingOneArticleKeepsTheOthersPagesAndRebuildsOnlyItsOwn() throws Exception {
        String demoZh = etag("/articles/demo", "zh");
        String demoFigureEn = etag("/articles/demo/figures/gpu-power", "en");
        String otherZh = etag("/articles/other/figures/gpu-power", "zh");
        String otherJson = etag("/api/articles/other/figures/gpu-power", "zh");
        assertThat(demoZh).isNotEqualTo(demoFigureEn);
        // The same page asked for twice is the same bytes.
        assertThat(etag("/articles/demo", "zh")).isEqualTo(demoZh);

        Path claim = library.loader().claimsDir().resolve("other/figures.yaml");
        String yaml = Files.readString(claim);
        try {
            Files.writeString(claim, yaml.replace("value: 700 W", "value: 701 W"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        library.reload(List.of("other"));

        assertThat(etag("/articles/demo", "zh")).isEqualTo(demoZh);
        assertThat(etag("/articles/demo/figures/gpu-power", "en")).isEqualTo(demoFigureEn);
        mvc.perform(get("/articles/demo")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .header(HttpHeaders.IF_NONE_MATCH, demoZh))
                .andExpect(status().isNotModified());
        assertThat(etag("/articles/other/figures/gpu-power", "zh")).isNotEqualTo(otherZh);
        assertThat(etag("/api/articles/other/figures/gpu-power", "zh")).isNotEqualTo(otherJson);
        // the value as shown, not just its digits: the page also shows the claim file's path, a random temporary folder
        assertThat(body("/articles/other/figures/gpu-power")).contains(">701 W<");
        assertThat(body("/articles/demo/figures/gpu-power"))
                .doesNotContain(">701 W<")
                .contains(">700 W<");
    }

    @Test
    void anArticleNotInTheLibraryIsNotFoundAndLibraryPagesAreServed() throws Exception {
        mvc.perform(get("/articles/missing")).andExpect(status().isNotFound());
        mvc.perform(get("/articles/missing/figures/gpu-power")).andExpect(status().isNotFound());
        mvc.perform(get("/articles/demo/figures/missing")).andExpect(status().isNotFound());
        mvc.perform(get("/api/articles/missing")).andExpect(status().isNotFound());
        assertThat(body("/")).contains("/articles/demo").contains("/articles/other");
        mvc.perform(get("/api/articles")).andExpect(status().isOk());
    }
}
