package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/**
 * A new, long article that nobody has annotated yet has a warning for every number in it. With more
 * than 10,000 of them, counting the errors with a selection in a template stopped at SpEL's
 * operation limit, and the library page and the article failed with 500 for every reader.
 */
@WebMvcTest(controllers = PageController.class, properties = "reader.editing=true")
@Import({ManyProblemsTest.Unannotated.class, SiteCache.class, StaticAssets.class})
class ManyProblemsTest {

    private static final int NUMBERS = 10_500;
    private static final Path DIR = library();

    @TestConfiguration(proxyBeanMethods = false)
    static class Unannotated {
        @Bean
        Library library() {
            return new Library(LibraryLoader.standard(DIR.resolve("articles"), DIR.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    /** One article of {@value #NUMBERS} numbers ("用了1台，用了2台，…") and no claim files. */
    private static Path library() {
        try {
            Path dir = Files.createTempDirectory("many-problems-");
            Files.createDirectories(dir.resolve("claims"));
            StringBuilder text = new StringBuilder("---\ntitle: 未标注的长文\n---\n\n");
            for (int i = 1; i <= NUMBERS; i++) {
                text.append("用了").append(i).append("台").append(i % 500 == 0 ? "。\n\n" : "，");
            }
            text.append("完。\n");
            Files.createDirectories(dir.resolve("articles"));
            Files.writeString(dir.resolve("articles/long.md"), text);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeLibrary() throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(DIR);
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLibraryAndTheArticleAreServedWithTensOfThousandsOfWarnings() throws Exception {
        assertThat(html("/")).contains("未标注的长文").contains("The editors’ files have 0 errors and 201 warnings.");
        assertThat(html("/articles/long"))
                .contains("用了<span class=\"coverage-unannotated\"")
                .contains(">10500台</span>")
                .doesNotContain("errors-banner");
    }
}
