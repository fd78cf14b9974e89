package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A range that could not be pinned down says so on its card and its derivation page, in the
 * reader's language; an exact one (x / x, exactly 1) says nothing.
 */
@WebMvcTest(controllers = {PageController.class, WhatIfController.class})
@Import({RangeEstimatePageTest.Ranges.class, SiteCache.class, StaticAssets.class})
class RangeEstimatePageTest {

    private static final String ZH = "估计范围：未能求出确切的范围；真实范围在其之内，可能更窄";
    private static final String EN =
            "estimated range: the exact range could not be found; the true range lies within this one";

    @TestConfiguration(proxyBeanMethods = false)
    static class Ranges {
        static final Path DIR = write();

        /** Eight ranges summed and cubed: 120 terms, too many to expand; and a ratio of one range to itself. */
        static Path write() {
            try {
                Path dir = Files.createTempDirectory("ranges");
                dir.toFile().deleteOnExit();
                Files.createDirectories(dir.resolve("articles"));
                Files.createDirectories(dir.resolve("claims/ranges"));
                Files.writeString(dir.resolve("articles/ranges.md"), "---\ntitle: 范围\n---\n\n每片GPU的功耗为300至400W。\n");
                StringBuilder yaml = new StringBuilder("sources:\n  s: {title: T, url: https://example.org}\nfigures:\n"
                        + "  power: {label: power, quote: 每片GPU的功耗为300至400W, stated: 300至400W, value: 300..400 W, sources: [s]}\n"
                        + "  ratio: {label: ratio, derive: power / power, unit: ×}\n");
                StringBuilder sum = new StringBuilder();
                for (char c = 'a'; c <= 'h'; c++) {
                    yaml.append("  ").append(c).append(": {label: ").append(c).append(", value: 1..2, sources: [s]}\n");
                    sum.append(sum.isEmpty() ? "" : " + ").append(c);
                }
                yaml.append("  total: {label: total, derive: ").append(sum).append(", unit: \"1\"}\n");
                yaml.append("  cube: {label: cube, derive: total * total * total, unit: \"1\"}\n");
                Files.writeString(dir.resolve("claims/ranges/figures.yaml"), yaml);
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

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDerivationPageOfAnEstimatedRangeSaysSoInBothLanguages() throws Exception {
        assertThat(library.current().diagnostics())
                .noneMatch(d -> d.severity().name().equals("ERROR"));
        assertThat(page("/articles/ranges/figures/cube?lang=zh")).contains(ZH);
        assertThat(page("/articles/ranges/figures/cube?lang=en")).contains(EN);
        assertThat(page("/articles/ranges/figures/ratio?lang=zh"))
                .doesNotContain(ZH)
                .contains("1×");
        assertThat(page("/articles/ranges/figures/ratio?lang=en")).doesNotContain(EN);
    }

    @Test
    void theArticleShowsTheNoteOnTheEstimatedFiguresCardOnly() throws Exception {
        String article = page("/articles/ranges?lang=en");
        int card = article.indexOf("id=\"card-cube\"");
        assertThat(card).isPositive();
        assertThat(article.indexOf(EN, card))
                .isGreaterThan(card)
                .isLessThan(article.indexOf("</div>", article.indexOf("card-more", card)));
        int ratio = article.indexOf("id=\"card-ratio\"");
        assertThat(ratio).isPositive();
        assertThat(article.substring(ratio, article.indexOf("card-more", ratio)))
                .doesNotContain(EN);
    }
}
