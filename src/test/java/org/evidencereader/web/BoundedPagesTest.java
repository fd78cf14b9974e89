package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.site.DerivationTree;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Pages stay small whatever the shape of the derivations: a figure used twice is shown once and
 * linked the second time, a deep derivation continues on another figure's page, and a card says
 * how much it leaves out instead of repeating every input's inputs. Measured before the change:
 * a diamond of 16 levels made a 45 MB page, a chain answered 500 beyond about 100 levels.
 */
@WebMvcTest(controllers = {PageController.class, WhatIfController.class, ApiController.class})
@Import({BoundedPagesTest.Shapes.class, SiteCache.class, StaticAssets.class})
class BoundedPagesTest {

    static final int DIAMOND_LEVELS = 18;
    /** As long as a derivation may be: its last figure is computed through the most formulas allowed. */
    static final int CHAIN = org.evidencereader.claim.Registry.MAX_DERIVATION_DEPTH + 1;

    static final long MEGABYTE = 1 << 20;

    @TestConfiguration(proxyBeanMethods = false)
    static class Shapes {
        static final Path DIR = write();

        static Path write() {
            try {
                Path dir = Files.createTempDirectory("shapes");
                dir.toFile().deleteOnExit();
                DerivationShapes.diamond(dir, "diamond", DIAMOND_LEVELS);
                DerivationShapes.chain(dir, "chain", CHAIN);
                DerivationShapes.wide(dir, "wide", 255, 1_705, 256);
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Bean
        Library library() {
            return new Library(LibraryLoader.standard(DIR.resolve("articles"), DIR.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    private MvcResult page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn();
    }

    private static String body(MvcResult result) throws IOException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertComplete(MvcResult result, String path, long limit) throws IOException {
        String html = body(result);
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(html.strip()).as(path).endsWith("</html>");
        assertThat((long) html.getBytes(StandardCharsets.UTF_8).length)
                .as("bytes of %s", path)
                .isLessThan(limit);
    }

    @Test
    void theShapesLoadWithoutErrors() {
        assertThat(library.current().diagnostics())
                .filteredOn(Diagnostic::isError)
                .isEmpty();
        assertThat(library.current().article("wide").orElseThrow().figures()).hasSize(1_960);
    }

    @Test
    void aDiamondFigurePageShowsEachSharedInputOnce() throws Exception {
        String top = "/articles/diamond/figures/a" + DIAMOND_LEVELS;
        MvcResult result = page(top);
        assertComplete(result, top, MEGABYTE);
        String html = body(result);
        // Each figure is expanded once; the second time, its value links to where it is; deeper, to its own page.
        String b = "b" + (DIAMOND_LEVELS - 2);
        assertThat(html)
                .containsOnlyOnce("id=\"tree-" + b + "\"")
                .contains("href=\"#tree-" + b + "\"")
                .contains("class=\"tree-continues\" href=\"/articles/diamond/figures/a"
                        + (DIAMOND_LEVELS - DerivationTree.MAX_DEPTH) + "\"");
        String shallow = "/articles/diamond/figures/a" + (DerivationTree.MAX_DEPTH - 1);
        assertThat(body(page(shallow)))
                .containsOnlyOnce("id=\"tree-a0\"")
                .containsOnlyOnce("id=\"tree-b0\"")
                .doesNotContain("tree-continues");
        assertComplete(page(top + "/what-if?a0=3%20W"), top + "/what-if", MEGABYTE);
        assertComplete(page("/articles/diamond"), "/articles/diamond", MEGABYTE);
    }

    @Test
    void everyPageOfALongChainIsCompleteAndSmall() throws Exception {
        for (int k = 0; k < CHAIN; k += 7) {
            String path = "/articles/chain/figures/c" + k;
            assertComplete(page(path), path, MEGABYTE);
        }
        String last = "/articles/chain/figures/c" + (CHAIN - 1);
        assertComplete(page(last), last, MEGABYTE);
        String html = body(page(last));
        // The tree stops after a few levels and says where it goes on.
        assertThat(html).contains("href=\"/articles/chain/figures/c" + (CHAIN - 1 - DerivationTree.MAX_DEPTH) + "\"");
        assertComplete(page(last + "/what-if?c0=2%20W"), last + "/what-if", MEGABYTE);
    }

    @Test
    void theReaderPageOfManyLongFormulasIsBounded() throws Exception {
        MvcResult result = page("/articles/wide");
        // Linear in the figures: about 2 KB a card (7.3 MB with 8 sources and inputs a card; the server refuses pages
        // over 16 MB).
        assertComplete(result, "/articles/wide", 6 * MEGABYTE);
        String last = "/articles/wide/figures/d1704";
        assertComplete(page(last), last, 4 * MEGABYTE);
    }
}
