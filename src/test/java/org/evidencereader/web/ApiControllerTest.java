package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ApiController.class)
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class ApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsArticles() throws Exception {
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].slug").value("demo"))
                .andExpect(jsonPath("$[0].figures").value(4));
    }

    @Test
    void articleHasPassagesWithMarksAndFiguresWithTheContractFields() throws Exception {
        mvc.perform(get("/api/articles/demo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passages[1].id").value("p-2"))
                .andExpect(jsonPath("$.passages[1].marks", hasSize(3)))
                .andExpect(jsonPath("$.figures", hasSize(4)))
                .andExpect(jsonPath("$.figures[2].id").value("server-power"))
                .andExpect(jsonPath("$.figures[2].label").value("服务器功耗"))
                .andExpect(jsonPath("$.figures[2].quote").value("合计5600W"))
                .andExpect(jsonPath("$.figures[2].passageId").value("p-2"))
                .andExpect(jsonPath("$.figures[2].display").value("5600W"))
                .andExpect(jsonPath("$.figures[2].value.low").value(closeTo(5600.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.figures[2].value.unit").value("W"))
                .andExpect(jsonPath("$.figures[2].formula").value("gpus-per-server * gpu-power"))
                .andExpect(jsonPath("$.figures[2].inputs", contains("gpus-per-server", "gpu-power")))
                .andExpect(jsonPath("$.figures[2].check").value("consistent"))
                .andExpect(jsonPath("$.figures[1].sources[0].publisher").value("Maker"))
                .andExpect(jsonPath("$.figures[1].verdict").value("approximate"))
                .andExpect(jsonPath("$.figures[3].passageId").value(nullValue()));
    }

    @Test
    void figureByIdCarriesItsValueInCanonicalUnits() throws Exception {
        mvc.perform(get("/api/articles/demo/figures/server-power-share"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value.low").value(closeTo(0.125, 1e-9), Double.class))
                .andExpect(jsonPath("$.value.unit").value("1"));
    }

    @Test
    void unknownArticleOrFigureIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/articles/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(header().string("Vary", "Accept-Language, Cookie"))
                .andExpect(jsonPath("$.detail").value("没有名为“nope”的文章。"));
        mvc.perform(get("/api/articles/demo/figures/nope").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This article has no figure “nope”."));
    }

    @Test
    void claimReviewsCoverFiguresWithAVerdict() throws Exception {
        mvc.perform(get("/api/articles/demo/claimreview").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0]['@type']").value("ClaimReview"))
                .andExpect(jsonPath("$[0].claimReviewed").value("每片功耗为700W"))
                .andExpect(jsonPath("$[0].url").value("/articles/demo/figures/gpu-power"))
                .andExpect(jsonPath("$[0].reviewRating.alternateName").value("approximately right"));
    }

    /** The JSON-LD in the reader page is written without the API's mapper; it must say the same as the API's document. */
    @Test
    void theReaderPageEmbedsTheApisClaimReviews(@Autowired SiteCache site) throws Exception {
        String api = mvc.perform(get("/api/articles/demo/claimreview").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String page = new String(
                site.get(new Route.Article("demo"), java.util.Locale.ENGLISH)
                        .orElseThrow()
                        .body(),
                java.nio.charset.StandardCharsets.UTF_8);
        String open = "<script type=\"application/ld+json\">";
        int start = page.indexOf(open) + open.length();
        String embedded = page.substring(start, page.indexOf("</script>", start));
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();

        assertThat(json.readTree(embedded)).isEqualTo(json.readTree(api));
        assertThat(json.readTree(embedded)
                        .get(0)
                        .get("reviewRating")
                        .get("alternateName")
                        .asString())
                .isEqualTo("approximately right");
    }

    @Test
    void diagnosticsAreEmptyForAGoodLibrary() throws Exception {
        mvc.perform(get("/api/diagnostics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").value(0))
                .andExpect(jsonPath("$.diagnostics", hasSize(0)));
    }
}
