package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evidencereader.library.Library;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The server renders a page when it is first asked for, and only that page: a reload renders
 * nothing (so its cost does not grow with the library), and the article pages it keeps are bounded
 * by {@code reader.page-cache}; a page dropped from the cache comes back with the same bytes.
 */
@WebMvcTest(
        controllers = {PageController.class, ApiController.class},
        properties = "reader.page-cache=60KB")
// A fresh library and cache for each test: each counts what it renders.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import({LazySiteCacheTest.TwoArticles.class, SiteCache.class, StaticAssets.class, PageOnDemandTest.Counting.class})
class PageOnDemandTest {

    /** The template engine the site renders with, counting the pages it renders. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        static final AtomicInteger RENDERED = new AtomicInteger();
        /** When set, every render waits for it to open, after counting down {@link #ENTERED}. */
        static volatile CountDownLatch gate;

        static volatile CountDownLatch entered;

        static void enter() {
            RENDERED.incrementAndGet();
            CountDownLatch wait = gate;
            if (wait != null) {
                entered.countDown();
                try {
                    if (!wait.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the gate");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        @Bean
        @Primary
        ITemplateEngine countingTemplateEngine(SpringTemplateEngine engine) {
            return new ITemplateEngine() {
                @Override
                public IEngineConfiguration getConfiguration() {
                    return engine.getConfiguration();
                }

                @Override
                public String process(String template, IContext context) {
                    enter();
                    return engine.process(template, context);
                }

                @Override
                public String process(String template, Set<String> selectors, IContext context) {
                    enter();
                    return engine.process(template, selectors, context);
                }

                @Override
                public String process(TemplateSpec spec, IContext context) {
                    enter();
                    return engine.process(spec, context);
                }

                @Override
                public void process(String template, IContext context, Writer writer) {
                    enter();
                    engine.process(template, context, writer);
                }

                @Override
                public void process(String template, Set<String> selectors, IContext context, Writer writer) {
                    enter();
                    engine.process(template, selectors, context, writer);
                }

                @Override
                public void process(TemplateSpec spec, IContext context, Writer writer) {
                    enter();
                    engine.process(spec, context, writer);
                }

                @Override
                public org.thymeleaf.IThrottledTemplateProcessor processThrottled(String template, IContext context) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public org.thymeleaf.IThrottledTemplateProcessor processThrottled(
                        String template, Set<String> selectors, IContext context) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public org.thymeleaf.IThrottledTemplateProcessor processThrottled(TemplateSpec spec, IContext context) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Autowired
    SiteCache site;

    private String etag(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
    }

    /** How many pages asking for {@code path} rendered. */
    private int rendersFor(String path) throws Exception {
        int before = Counting.RENDERED.get();
        etag(path);
        return Counting.RENDERED.get() - before;
    }

    @Test
    void aPageIsRenderedWhenAskedForAndAReloadRendersNothing() throws Exception {
        assertThat(rendersFor("/articles/demo"))
                .as("the reader page alone, not its figure pages")
                .isEqualTo(1);
        assertThat(rendersFor("/articles/demo")).as("then from memory").isZero();
        assertThat(rendersFor("/articles/demo/figures/gpu-power")).isEqualTo(1);
        assertThat(rendersFor("/")).isEqualTo(1);
        assertThat(rendersFor("/")).isZero();
        assertThat(rendersFor("/articles/other/figures/gpu-power")).isEqualTo(1);
        assertThat(site.held().entries()).as("demo's two pages and other's one").isEqualTo(3);

        int before = Counting.RENDERED.get();
        rewrite("other", "value: 700 W", "value: 702 W");
        library.reload(List.of("other"));
        assertThat(Counting.RENDERED.get()).as("a swap renders nothing").isEqualTo(before);
        assertThat(site.held().entries())
                .as("the changed article's page is dropped, the others kept")
                .isEqualTo(2);

        assertThat(rendersFor("/articles/demo"))
                .as("the unchanged article keeps its page")
                .isZero();
        assertThat(rendersFor("/articles/other/figures/gpu-power"))
                .as("rendered again for the new version")
                .isEqualTo(1);
        assertThat(body("/articles/other/figures/gpu-power")).contains("702");
        assertThat(rendersFor("/"))
                .as("the list of articles of the new snapshot")
                .isEqualTo(1);
    }

    @Test
    void aPageStillRenderingWhenItsArticleChangesIsNotKept() throws Exception {
        Counting.entered = new CountDownLatch(1);
        Counting.gate = new CountDownLatch(1);
        CompletableFuture<String> slow;
        try {
            slow = CompletableFuture.supplyAsync(() -> etagUnchecked("/articles/other/figures/gpu-power"));
            assertThat(Counting.entered.await(30, TimeUnit.SECONDS))
                    .as("the render started")
                    .isTrue();
            rewrite("other", "value: 700 W", "value: 703 W");
            library.reload(List.of("other"));
        } finally {
            Counting.gate.countDown();
            Counting.gate = null;
        }
        String oldEtag = slow.get(30, TimeUnit.SECONDS);

        assertThat(site.held().entries())
                .as("the page of the old version was not stored")
                .isZero();
        assertThat(etag("/articles/other/figures/gpu-power")).isNotEqualTo(oldEtag);
        assertThat(body("/articles/other/figures/gpu-power")).contains("703");
    }

    @Test
    void articlePagesAreBoundedAndADroppedPageComesBackTheSame() throws Exception {
        List<String> paths = List.of(
                "/articles/demo",
                "/articles/other",
                "/articles/demo/ledger",
                "/articles/other/ledger",
                "/articles/demo/figures/gpu-power",
                "/articles/other/figures/gpu-power",
                "/api/articles/demo",
                "/api/articles/other");
        List<String> first = paths.stream().map(this::etagUnchecked).toList();

        SiteCache.Held held = site.held();
        assertThat(held.bytes()).as("held within reader.page-cache").isLessThanOrEqualTo(60 * 1024);
        assertThat(held.entries()).as("some pages were dropped").isLessThan(paths.size());
        assertThat(paths.stream().map(this::etagUnchecked).toList())
                .as("rendered again, the same bytes")
                .isEqualTo(first);
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String etagUnchecked(String path) {
        try {
            return etag(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void rewrite(String slug, String from, String to) {
        Path claim = library.loader().claimsDir().resolve(slug).resolve("figures.yaml");
        try {
            String yaml = Files.readString(claim);
            assertThat(yaml).contains(from);
            Files.writeString(claim, yaml.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
