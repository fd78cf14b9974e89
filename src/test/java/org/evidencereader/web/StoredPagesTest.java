package org.evidencereader.web;

import org.evidencereader.site.StaticAssets;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.SiteCache;

import org.evidencereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a page store, a page rendered once is read back, not rendered, by a server that meets the
 * same article version again (after a restart, or a reload that changed nothing), and an edited
 * article is rendered afresh: the store never serves a page of other files.
 */
@WebMvcTest(controllers = {PageController.class, ApiController.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import({LazySiteCacheTest.TwoArticles.class, SiteCache.class, StaticAssets.class, PageOnDemandTest.Counting.class,
        StoredPagesTest.Store.class})
class StoredPagesTest {

    @TempDir
    static Path folders;

    @TestConfiguration(proxyBeanMethods = false)
    static class Store {
        @Bean
        PageStore pageStore() throws IOException {
            return PageStore.at(Files.createTempDirectory(folders, "page-store-").resolve("pages"),
                    "0123456789abcdef0123456789abcdef", 1 << 24);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Autowired
    PageStore store;

    private MvcResult get200(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")).andExpect(status().isOk()).andReturn();
    }

    private int rendersFor(String path) throws Exception {
        int before = PageOnDemandTest.Counting.RENDERED.get();
        get200(path);
        return PageOnDemandTest.Counting.RENDERED.get() - before;
    }

    @Test
    void anUnchangedArticleIsReadBackAndAnEditedOneRenderedAfresh() throws Exception {
        String sources = library.current().article("demo").orElseThrow().sources();
        assertThat(sources).hasSize(64);
        assertThat(rendersFor("/articles/demo")).isEqualTo(1);
        String etag = get200("/articles/demo").getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(store.file(sources, "zh /articles/demo")).isRegularFile();

        // A reload that finds the same files makes a new article version: nothing of it is in
        // memory, as after a restart.
        library.reload(List.of("demo"));
        assertThat(library.current().article("demo").orElseThrow().sources()).isEqualTo(sources);
        assertThat(rendersFor("/articles/demo")).as("read back from the store").isZero();
        assertThat(get200("/articles/demo").getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

        Path claim = library.loader().claimsDir().resolve("demo/figures.yaml");
        Files.writeString(claim, Files.readString(claim).replace("value: 700 W", "value: 704 W"));
        library.reload(List.of("demo"));
        assertThat(library.current().article("demo").orElseThrow().sources()).isNotEqualTo(sources);
        assertThat(rendersFor("/articles/demo/figures/gpu-power")).as("an edited article is rendered").isEqualTo(1);
        assertThat(get200("/articles/demo/figures/gpu-power").getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("704");
        assertThat(rendersFor("/articles/demo")).isEqualTo(1);
        assertThat(get200("/articles/demo").getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    /** A document (JSON) is read back too: what the store holds is what is served, so a page put there shows. */
    @Test
    void documentsAreReadBackToo() throws Exception {
        get200("/api/articles/other");
        assertThat(store.flush(WAIT)).isTrue();
        String sources = library.current().article("other").orElseThrow().sources();
        String key = "* /api/articles/other";
        assertThat(store.read(sources, key)).isPresent();

        Files.delete(store.file(sources, key));
        store.write(sources, key, RenderedPage.of("{\"kept\":\"earlier\"}".getBytes(StandardCharsets.UTF_8),
                org.springframework.http.MediaType.APPLICATION_JSON, HttpStatus.OK));
        assertThat(store.flush(WAIT)).isTrue();
        library.reload(List.of("other"));

        assertThat(get200("/api/articles/other").getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"kept\":\"earlier\"}");
    }
}
