package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * A reader sees the article, not the editors' tools: with errors in the claim files and numbers
 * nobody annotated, the pages served without {@code reader.editing} have no coverage checkbox, no
 * highlight of unannotated numbers, no link to the diagnostics and no error banner. The diagnostics
 * page itself is still there for whoever knows its address.
 */
@WebMvcTest(PageController.class)
@Import({ReaderModeTest.Broken.class, SiteCache.class, StaticAssets.class})
class ReaderModeTest {

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

    static String html(MockMvc mvc, String path, String language) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** What only editors should see on a page: each is a string no reader's page may hold. */
    static final String[] EDITORS_ONLY = {
        "data-coverage-toggle",
        "coverage-unannotated",
        "errors-banner",
        "/diagnostics\"",
        "class=\"problems\"",
        "data-draft",
        "class=\"drafts\"",
        "drafts."
    };

    @Test
    void readersSeeNoEditorsTools() throws Exception {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String path : new String[] {"/", "/articles/demo", "/articles/a-draft", "/articles/demo/ledger"}) {
                assertThat(html(mvc, path, language))
                        .as(path + " in " + language)
                        .doesNotContain(EDITORS_ONLY);
            }
        }
        assertThat(html(mvc, "/articles/demo", "zh-CN")).contains("机房里还有37台空调");
        assertThat(html(mvc, "/diagnostics", "en")).contains("class=\"diagnostic severity-error\"");
    }
}
