package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/** An editor's own reader ({@code reader.editing=true}) shows the coverage, the diagnostics link and the error banners. */
@WebMvcTest(controllers = PageController.class, properties = "reader.editing=true")
@Import({EditingModeTest.Broken.class, SiteCache.class, StaticAssets.class})
class EditingModeTest {

    static final Path DIR = DiagnosticsPageTest.library();

    @TestConfiguration(proxyBeanMethods = false)
    static class Broken {
        @Bean
        Library library() {
            return new Library(LibraryLoader.standard(DIR.resolve("articles"), DIR.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    @AfterAll
    static void removeLibrary() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
    }

    @Test
    void editorsSeeCoverageDiagnosticsAndErrors() throws Exception {
        String article = ReaderModeTest.html(mvc, "/articles/demo", "zh-CN");
        assertThat(article)
                .contains("data-coverage-toggle")
                .contains("<span class=\"coverage-unannotated\"")
                .contains("class=\"errors-banner\"")
                .contains("href=\"/diagnostics\"");
        assertThat(ReaderModeTest.html(mvc, "/", "en"))
                .contains("class=\"problems\"")
                .contains("href=\"/diagnostics\"");
    }
}
