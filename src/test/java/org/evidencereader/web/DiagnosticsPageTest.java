package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The editors' list of problems, for a library with warnings (numbers nobody annotated) and errors
 * (a misspelt verdict, an unknown key). The errors come first, so the one that explains the rest is
 * not buried under the warnings; each problem is one block whose position, severity and message
 * need no table column to fit in.
 */
@WebMvcTest({PageController.class, ApiController.class})
@Import({DiagnosticsPageTest.Broken.class, SiteCache.class, StaticAssets.class})
class DiagnosticsPageTest {

    private static final Path DIR = library();

    @TestConfiguration(proxyBeanMethods = false)
    static class Broken {
        @Bean
        Library library() {
            return new Library(LibraryLoader.standard(DIR.resolve("articles"), DIR.resolve("claims")));
        }
    }

    @Autowired
    MockMvc mvc;

    /**
     * Two articles, in slug order: "a-draft", whose numbers nobody has annotated yet (warnings), and
     * the fixture's "demo" with two errors in its claim file, found after those warnings.
     */
    static Path library() {
        try {
            Path dir = Files.createTempDirectory("diagnostics-page-");
            Path fixture = FixtureLibrary.ROOT;
            Files.createDirectories(dir.resolve("articles"));
            Files.createDirectories(dir.resolve("claims/demo"));
            Files.writeString(dir.resolve("articles/a-draft.md"), "---\ntitle: 草稿\n---\n\n机房里还有37台空调和1234根网线。\n");
            Files.writeString(
                    dir.resolve("articles/demo.md"),
                    Files.readString(fixture.resolve("articles/demo.md")) + "\n机房里还有37台空调和1234根网线。\n");
            String claims = Files.readString(fixture.resolve("claims/demo/figures.yaml"));
            claims = claims.replace(
                    "    value: 700 W\n", "    value: 700 W\n    verdict: aproximate\n    colour: red\n");
            Files.writeString(dir.resolve("claims/demo/figures.yaml"), claims);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeLibrary() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
    }

    private String html(String acceptLanguage) throws Exception {
        return mvc.perform(get("/diagnostics").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
    }

    private static List<String> severities(String page) {
        Matcher m = Pattern.compile("class=\"diagnostic severity-(\\w+)\"").matcher(page);
        return m.results().map(r -> r.group(1)).toList();
    }

    /** An article nobody has annotated has no summary of verdicts, rather than a dangling "0 个数字：". */
    @Test
    void anArticleWithNoClaimsHasNoSummary() throws Exception {
        for (String path : List.of("/articles/a-draft", "/")) {
            String page = mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(path).doesNotContain("0 个数字：");
            if (path.startsWith("/articles/")) {
                assertThat(page).doesNotContain("class=\"summary\"");
            }
        }
    }

    @Test
    void errorsAreListedBeforeWarnings() throws Exception {
        List<String> order = severities(html("en"));
        assertThat(order).contains("error", "warning");
        assertThat(order).isSortedAccordingTo((a, b) -> Boolean.compare(a.equals("warning"), b.equals("warning")));
    }

    @Test
    void theApiListsErrorsBeforeWarningsWithItsFieldsUnchanged() throws Exception {
        String json = mvc.perform(get("/api/diagnostics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNumber())
                // Worked out from the claim file as edited above: the duplicated verdict (lines 24 and 27),
                // the unknown key (25), the misspelt verdict (24, after "    verdict: "), and the two
                // figures derived from the broken one (at the broken input's place in their 'derive', lines 32 and 36);
                // then the
                // numbers nobody annotated: 37台 and 1234 in each article, and in demo 700W and 5600W,
                // whose figures are left out for their errors.
                .andExpect(jsonPath("$.errors").value(5))
                .andExpect(jsonPath("$.warnings").value(6))
                .andExpect(jsonPath("$.diagnostics[*].line").value(contains(27, 25, 24, 32, 36, 5, 5, 10, 10, 14, 14)))
                .andExpect(jsonPath("$.diagnostics[*].column").value(contains(5, 5, 14, 31, 13, 6, 12, 25, 67, 6, 12)))
                .andExpect(jsonPath("$.diagnostics[*].severity")
                        .value(contains(
                                "error", "error", "error", "error", "error", "warning", "warning", "warning", "warning",
                                "warning", "warning")))
                .andExpect(jsonPath("$.diagnostics[4].message")
                        .value("cannot compute 'server-power-share': its input 'gpu-power'"
                                + " has an error of its own: fix that first"))
                .andExpect(jsonPath("$.diagnostics[10].file").value(endsWith("articles/demo.md")))
                .andExpect(jsonPath("$.diagnostics[0].file").isString())
                .andExpect(jsonPath("$.diagnostics[0].line").isNumber())
                .andExpect(jsonPath("$.diagnostics[0].column").isNumber())
                .andExpect(jsonPath("$.diagnostics[0].severity").value("error"))
                .andExpect(jsonPath("$.diagnostics[0].message").isString())
                // added beside the fields above: where the problem is that each follow-on comes from
                .andExpect(jsonPath("$.diagnostics[0].causedBy").value(nullValue()))
                .andExpect(jsonPath("$.diagnostics[3].causedBy.file").value(endsWith("claims/demo/figures.yaml")))
                .andExpect(jsonPath("$.diagnostics[*].causedBy.line").value(contains(25, 25, 25, 32)))
                .andExpect(jsonPath("$.diagnostics[*].causedBy.column").value(contains(5, 5, 5, 31)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        System.out.println("JSON=" + json);
        List<String> order = Pattern.compile("\"severity\":\"(\\w+)\"")
                .matcher(json)
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(order).contains("error", "warning");
        assertThat(order).isSortedAccordingTo((a, b) -> Boolean.compare(a.equals("warning"), b.equals("warning")));
        assertThat(json).contains("aproximate");
    }

    /**
     * Each problem is a block: a severity badge and the position on one line, the message below it,
     * so a long absolute path wraps instead of widening a table column off a phone's screen.
     */
    @Test
    void eachProblemIsABlockWithItsSeverityPositionAndMessage() throws Exception {
        String zh = html("zh-CN");
        assertThat(zh).doesNotContain("<table");
        assertThat(zh)
                .containsPattern(
                        "<li class=\"diagnostic severity-error\"> <p class=\"diagnostic-where\"><span class=\"severity\">错误</span>"
                                + " <code class=\"position\">[^<]*figures\\.yaml:\\d+:\\d+</code></p>"
                                + " <p class=\"diagnostic-message\" lang=\"zh\">[^<]*未知的[^<]*</p> </li>");
        assertThat(zh).contains("<span class=\"severity\">警告</span>");
        assertThat(html("en"))
                .contains("<span class=\"severity\">error</span>")
                .contains("<span class=\"severity\">warning</span>");
    }

    /**
     * The figures that cannot be computed because gpu-power was left out for its errors, and the
     * numbers of the text whose figures were left out, are listed under the first error of
     * gpu-power (the unknown key), not among the problems of their own.
     */
    @Test
    void followOnProblemsAreNestedUnderTheirCause() throws Exception {
        String en = html("en");
        assertThat(severities(en)).hasSize(7);
        Matcher cause = Pattern.compile(
                        "<li class=\"diagnostic severity-error\">((?:(?!<li class=\"diagnostic severity-).)*)")
                .matcher(en);
        List<String> blocks = cause.results().map(r -> r.group(1)).toList();
        String colour = blocks.stream()
                .filter(b -> b.contains("unknown key &#39;colour&#39;"))
                .findFirst()
                .orElseThrow();
        assertThat(colour)
                .contains("<p class=\"follow-ons-title\">4 problem(s) that follow from this one")
                .contains("<ol class=\"follow-ons\">");
        assertThat(Pattern.compile("<li class=\"diagnostic follow-on severity-(\\w+)\">")
                        .matcher(colour)
                        .results()
                        .map(r -> r.group(1)))
                .containsExactly("error", "error", "warning", "warning");
        assertThat(colour.substring(colour.indexOf("follow-ons")))
                .containsSubsequence(
                        "cannot compute &#39;server-power&#39;",
                        "cannot compute &#39;server-power-share&#39;",
                        "the number &#39;700W&#39;",
                        "the number &#39;5600W&#39;");
        assertThat(blocks.stream().filter(b -> b.contains("cannot compute"))).hasSize(1);
        assertThat(html("zh-CN")).contains("<p class=\"follow-ons-title\">由此引起的 4 个问题（改正上面的问题后它们会消失）：</p>");
    }

    /** A message with a translation reads in the page's language; one still in English only says so with lang="en". */
    @Test
    void messagesAreInTheReadersLanguage() throws Exception {
        assertThat(html("zh-CN"))
                .containsPattern("<p class=\"diagnostic-message\" lang=\"zh\">p-\\d+ 中的数字“[^”]+”还没有标注：")
                .doesNotContain("is not annotated");
        assertThat(html("en"))
                .containsPattern(
                        "<p class=\"diagnostic-message\" lang=\"en\">the number &#39;[^&]+&#39; in p-\\d+ is not annotated");
    }
}
