package org.evidencereader.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WhatIfController.class)
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class WhatIfControllerTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions whatIf(String body) throws Exception {
        return mvc.perform(post("/api/articles/demo/what-if").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void recomputesDependentFiguresOnTheServer() throws Exception {
        whatIf("{\"overrides\": {\"gpu-power\": \"350 W\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides.gpu-power").value("350 W"))
                .andExpect(jsonPath("$.changed", contains("gpu-power", "server-power")))
                .andExpect(jsonPath("$.figures[?(@.id == 'server-power')].plain", contains("2.8 kW")))
                .andExpect(jsonPath("$.figures[?(@.id == 'server-power')].value.low", contains(2800.0)));
    }

    @Test
    void refusesBadValuesWithAProblemInTheReadersLanguage() throws Exception {
        whatIf("{\"overrides\": {\"gpu-power\": \"350 GPU\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("这个假设无法计算:“350 GPU”的单位不能替换“700 W”。"));
        whatIf("{\"overrides\": {\"server-power\": \"1 kW\"}}").andExpect(status().isBadRequest());
        whatIf("{\"overrides\": {\"gpu-power\": [\"nested\"]}}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        whatIf("not json").andExpect(status().isBadRequest());
        mvc.perform(post("/api/articles/demo/what-if").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/articles/nope/what-if").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSharedWhatIfLinkRendersTheDerivationWithTheChangeHighlighted() throws Exception {
        String page = mvc.perform(get("/articles/demo/figures/server-power/what-if").param("gpu-power", "350 W"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(page).contains("class=\"big changed\" data-display-of=\"server-power\">2.8千瓦</p>");
        assertThat(page).contains("value=\"350 W\"").contains("这是一个假设");
    }

    @Test
    void parametersThatNameNoFigureAreSetAsideAndNamedInsteadOfCancellingTheWhatIf() throws Exception {
        // A shared link with a tracking parameter still shows the change, and says what it ignored.
        String page = mvc.perform(get("/articles/demo/figures/server-power/what-if").param("gpu-power", "350 W")
                        .param("utm_source", "social"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(page).contains("class=\"big changed\" data-display-of=\"server-power\">2.8千瓦</p>")
                .contains("<p class=\"what-if-note\">地址里的“utm_source”不是这篇文章中数字的编号,已忽略。</p>")
                .doesNotContain("没有编号为");
        String english = mvc.perform(get("/articles/demo/what-if").param("gpu-power", "350 W").param("fbclid", "1")
                        .param("gpu-powr", "300").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(english).contains("figure check-unchecked changed")
                .contains("“fbclid”, “gpu-powr” in the address are not ids of figures in this article and were ignored.");
        // Anyone can write the address: the note names at most five, each cut short.
        var many = get("/articles/demo/what-if").param("x".repeat(100), "1");
        for (int i = 1; i <= 6; i++) {
            many = many.param("p" + i, "1");
        }
        String capped = mvc.perform(many).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(capped).contains("“" + "x".repeat(40) + "…”、“p1”、“p2”、“p3”、“p4”、…").doesNotContain("p5").doesNotContain("x".repeat(41));
        // Never half a character (an emoji is two UTF-16 units), and no control or formatting
        // characters: a right-to-left override would turn the sentence around it.
        String odd = mvc.perform(get("/articles/demo/what-if").param("x".repeat(39) + "😀y", "1").param("\u202Eevil\u0007", "1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(odd).contains("“" + "x".repeat(39) + "😀…”、“evil”").doesNotContain("\u202E").doesNotContain("\u0007");
        assertThat(WhatIfController.shown("x".repeat(39) + "😀y")).isEqualTo("x".repeat(39) + "😀…");
        assertThat(WhatIfController.shown("a\uD83Db")).as("a lone surrogate is dropped").isEqualTo("ab");
    }

    @Test
    void theReaderPageShowsAWhatIfToo() throws Exception {
        mvc.perform(get("/articles/demo/what-if").param("gpu-power", "350"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figure check-unchecked changed")));
        String page = mvc.perform(get("/articles/demo/what-if").param("gpu-power", "350 W"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        // The form shows the changed value, marked, and sends the reader back to the same page.
        assertThat(page).contains("action=\"/articles/demo/what-if\"")
                .contains("name=\"gpu-power\" value=\"350 W\" data-original=\"350 W\" class=\"changed\"")
                .contains("name=\"gpus-per-server\" value=\"8 GPU\"");
        mvc.perform(get("/articles/demo/what-if").param("gpu-power", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法计算这个假设")));
        mvc.perform(get("/articles/nope/what-if")).andExpect(status().isNotFound());
    }
}
