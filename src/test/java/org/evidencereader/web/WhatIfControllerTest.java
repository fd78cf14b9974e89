package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.evidencereader.site.WhatIfTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(WhatIfController.class)
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class WhatIfControllerTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions whatIf(String body) throws Exception {
        return mvc.perform(post("/api/articles/demo/what-if")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
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
                .andExpect(jsonPath("$.detail").value("这个假设无法计算：“单片GPU功耗”：“350 GPU”的单位不能替换“700 W”。"));
        whatIf("{\"overrides\": {\"server-power\": \"1 kW\"}}").andExpect(status().isBadRequest());
        whatIf("{\"overrides\": {\"gpu-power\": [\"nested\"]}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        whatIf("not json").andExpect(status().isBadRequest());
        mvc.perform(post("/api/articles/demo/what-if")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/articles/nope/what-if")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSharedWhatIfLinkRendersTheDerivationWithTheChangeHighlighted() throws Exception {
        String page = mvc.perform(
                        get("/articles/demo/figures/server-power/what-if").param("gpu-power", "350 W"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(page).contains("class=\"big changed\" data-display-of=\"server-power\">2.8千瓦</span>");
        assertThat(page).contains("value=\"350 W\"").contains("这是一个假设");
    }

    @Test
    void parametersThatNameNoFigureAreSetAsideAndNamedInsteadOfCancellingTheWhatIf() throws Exception {
        // A shared link with a tracking parameter still shows the change, and says what it ignored.
        String page = mvc.perform(get("/articles/demo/figures/server-power/what-if")
                        .param("gpu-power", "350 W")
                        .param("utm_source", "social"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(page)
                .contains("class=\"big changed\" data-display-of=\"server-power\">2.8千瓦</span>")
                .contains("<p class=\"what-if-note\">地址里的“utm_source”不是这篇文章中数字的编号，已忽略。</p>")
                .doesNotContain("没有编号为");
        String english = mvc.perform(get("/articles/demo/what-if")
                        .param("gpu-power", "350 W")
                        .param("fbclid", "1")
                        .param("gpu-powr", "300")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(english)
                .contains("figure check-unchecked family-not-judged changed")
                .contains(
                        "“fbclid”, “gpu-powr” in the address are not ids of figures in this article and were ignored.");
        // Anyone can write the address: the note names at most five, each cut short.
        var many = get("/articles/demo/what-if").param("x".repeat(100), "1");
        for (int i = 1; i <= 6; i++) {
            many = many.param("p" + i, "1");
        }
        String capped = mvc.perform(many)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(capped)
                .contains("“" + "x".repeat(40) + "…”、“p1”、“p2”、“p3”、“p4”、…")
                .doesNotContain("p5")
                .doesNotContain("x".repeat(41));
        // Never half a character (an emoji is two UTF-16 units), and no control or formatting
        // characters: a right-to-left override would turn the sentence around it.
        String odd = mvc.perform(get("/articles/demo/what-if")
                        .param("x".repeat(39) + "😀y", "1")
                        .param("\u202Eevil\u0007", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(odd)
                .contains("“" + "x".repeat(39) + "😀…”、“evil”")
                .doesNotContain("\u202E")
                .doesNotContain("\u0007");
        assertThat(WhatIfTexts.shown("x".repeat(39) + "😀y")).isEqualTo("x".repeat(39) + "😀…");
        assertThat(WhatIfTexts.shown("a\uD83Db"))
                .as("a lone surrogate is dropped")
                .isEqualTo("ab");
    }

    @Test
    void theReaderPageShowsAWhatIfToo() throws Exception {
        mvc.perform(get("/articles/demo/what-if").param("gpu-power", "350"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("figure check-unchecked family-not-judged changed")));
        String page = mvc.perform(get("/articles/demo/what-if").param("gpu-power", "350 W"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        // The form shows the changed value, marked, and sends the reader back to the same page.
        assertThat(page)
                .contains("action=\"/articles/demo/what-if\"")
                .contains("name=\"gpu-power\" value=\"350 W\" data-original=\"350 W\" class=\"changed\"")
                .contains("name=\"gpus-per-server\" value=\"8 GPU\"");
        mvc.perform(get("/articles/demo/what-if").param("gpu-power", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法计算这个假设")));
        mvc.perform(get("/articles/nope/what-if")).andExpect(status().isNotFound());
    }

    /**
     * The text of a what-if still reads as written (700W), so the banner says the marked figures are
     * affected and where old → new shows; its counts are not links to the ledger, which shows the article's values.
     */
    @Test
    void theWhatIfBannerSaysWhatChangedWhereAndItsCountsDoNotLeadToTheArticlesLedger() throws Exception {
        String zh = page(get("/articles/demo/what-if").param("gpu-power", "350 W"));
        assertThat(zh).contains("原值 → 新值").doesNotContain("已按改动后的数值重新计算").doesNotContain("/ledger#verdict-");
        String en =
                page(get("/articles/demo/what-if").param("gpu-power", "350 W").param("lang", "en"));
        assertThat(en).contains("old → new").doesNotContain("/ledger#verdict-");
        assertThat(page(get("/articles/demo"))).contains("/ledger#verdict-");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
    }

    @Test
    void theLanguageLinkKeepsTheWhatIfsValuesAndChangesOnlyTheLanguage() throws Exception {
        String article = page(get("/articles/demo/what-if")
                .param("gpu-power", "350 W")
                .param("gpus-per-server", "1万张")
                .param("utm_source", "x")
                .param("lang", "zh"));
        assertThat(article)
                .contains(
                        "class=\"lang\" href=\"/articles/demo/what-if?gpu-power=350+W&amp;gpus-per-server=1%E4%B8%87%E5%BC%A0&amp;lang=en\"");
        // A value with '%' and '&' survives the round trip (it is refused, and the field keeps it).
        String odd = page(get("/articles/demo/what-if").param("gpu-power", "50% & more"));
        assertThat(odd).contains("href=\"/articles/demo/what-if?gpu-power=50%25+%26+more&amp;lang=en\"");
        String figure = page(get("/articles/demo/figures/server-power/what-if")
                .param("gpu-power", "0.35 kW")
                .header("Accept-Language", "en"));
        assertThat(figure)
                .contains(
                        "class=\"lang\" href=\"/articles/demo/figures/server-power/what-if?gpu-power=0.35+kW&amp;lang=zh\"");
    }

    @Test
    void aRefusedWhatIfKeepsWhatTheReaderTypedAndNamesEveryBadFieldByItsLabel() throws Exception {
        String page =
                page(get("/articles/demo/what-if").param("gpu-power", "abc").param("gpus-per-server", "xyz"));
        assertThat(page)
                .contains("name=\"gpu-power\" value=\"abc\"")
                .contains("name=\"gpus-per-server\" value=\"xyz\"")
                .contains(
                        "<p class=\"what-if-field-error\" id=\"what-if-gpu-power-error\">“单片GPU功耗”：“abc”不是一个数值；请这样写：“700 W”。</p>")
                .contains(
                        "<p class=\"what-if-field-error\" id=\"what-if-gpus-per-server-error\">“每台服务器的GPU数”：“xyz”不是一个数值；请这样写：“8 GPU”。</p>")
                .contains("aria-invalid=\"true\" aria-describedby=\"what-if-gpu-power-error\"");
        whatIf("{\"overrides\": {\"gpu-power\": \"abc\", \"gpus-per-server\": \"xyz\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("这个假设无法计算：“单片GPU功耗”：“abc”不是一个数值；请这样写：“700 W”。"
                                + " “每台服务器的GPU数”：“xyz”不是一个数值；请这样写：“8 GPU”。"));
    }

    /**
     * A figure a what-if cannot compute has no arithmetic: its card shows no empty "算式" heading,
     * the derivation page no empty "代入数值" one, and its row among the implied figures says why
     * beside its "—" (the row showed only the dash).
     */
    @Test
    void aFigureThatCannotBeComputedHasNoEmptyArithmeticHeadingAndItsImpliedRowSaysWhy() throws Exception {
        String page = page(get("/articles/demo/what-if").param("gpus-per-server", "0"))
                .replaceAll("\\s+", " ");
        String card = page.substring(page.indexOf("id=\"card-server-power-share\""));
        card = card.substring(0, card.indexOf("class=\"card-more\""));
        assertThat(card)
                .contains("<p class=\"what-if-not-computable\">用这些数值无法算出“单片占比”：它的算式要除以零。</p>")
                .doesNotContain("card-heading\">算式")
                .doesNotContain("<span class=\"arithmetic\"></span>")
                .doesNotContain("class=\"card-arithmetic\"");
        String other = page.substring(page.indexOf("id=\"card-server-power\""));
        assertThat(other.substring(0, other.indexOf("class=\"card-more\"")))
                .as("a figure that is computed")
                .contains("<span class=\"card-heading\">算式：</span>");
        String implied = page.substring(page.indexOf("class=\"implied\""));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                        "<tr>(?:(?!</tr>).)*data-figure-id=\"server-power-share\".*?</tr>")
                .matcher(implied);
        assertThat(row.find()).isTrue();
        assertThat(row.group())
                .contains("<span>—</span>")
                .contains("<span class=\"what-if-not-computable\">用这些数值无法算出“单片占比”：它的算式要除以零。</span>")
                .doesNotContain("<span class=\"arithmetic\"></span>");
        String figure = page(get("/articles/demo/figures/server-power-share/what-if")
                .param("gpus-per-server", "0")
                .header("Accept-Language", "en"));
        assertThat(figure)
                .contains("cannot be computed")
                .doesNotContain("<h2>With the values")
                .doesNotContain("class=\"arithmetic-line\"");
        assertThat(page(get("/articles/demo/figures/server-power-share/what-if").param("gpus-per-server", "8")))
                .as("computed again")
                .contains("class=\"arithmetic-line\"");
    }

    @Test
    void aFigureThatCannotBeComputedIsSaidSoByItsLabelAndTheOthersAreComputed() throws Exception {
        String page = page(get("/articles/demo/what-if").param("gpus-per-server", "0"));
        assertThat(page)
                .contains("这是一个假设")
                .doesNotContain("what-if-error")
                .contains("<li>用这些数值无法算出“单片占比”：它的算式要除以零。</li>")
                .doesNotContain("server-power-share /")
                .doesNotContain("cannot divide");
        String english = page(get("/articles/demo/figures/server-power/what-if")
                .param("gpus-per-server", "0")
                .header("Accept-Language", "en"));
        assertThat(english)
                .contains("class=\"big changed\" data-display-of=\"server-power\">0瓦</span>")
                .contains("With these values “share of one GPU” cannot be computed: its formula would divide by zero.");
        String share =
                page(get("/articles/demo/figures/server-power-share/what-if").param("gpus-per-server", "0"));
        assertThat(share).contains("<p class=\"what-if-not-computable\">用这些数值无法算出“单片占比”：它的算式要除以零。</p>");
        whatIf("{\"overrides\": {\"gpus-per-server\": \"0\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed", contains("gpus-per-server", "server-power")))
                .andExpect(jsonPath("$.figures[?(@.id == 'server-power')].plain", contains("0 kW")))
                .andExpect(
                        jsonPath("$.figures[?(@.id == 'server-power-share')]").isEmpty())
                .andExpect(jsonPath("$.notComputable[0].id").value("server-power-share"))
                .andExpect(jsonPath("$.notComputable[0].label").value("单片占比"))
                .andExpect(jsonPath("$.notComputable[0].detail").value("用这些数值无法算出“单片占比”：它的算式要除以零。"));
    }

    @Test
    void refusesANegativePowerOrCountNamingTheFigure() throws Exception {
        String page =
                page(get("/articles/demo/what-if").param("gpu-power", "-700 W").param("gpus-per-server", "-5"));
        assertThat(page)
                .contains("“单片GPU功耗”：“-700 W”是负数，而这个数值不能小于零。")
                .contains("“每台服务器的GPU数”：“-5”是负数，而这个数值不能小于零。")
                .doesNotContain("changed\" data-display-of");
        mvc.perform(post("/api/articles/demo/what-if")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"overrides\": {\"gpu-power\": \"-700 W\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "This what-if cannot be computed: power per GPU: “-700 W” is negative, and this value cannot be below zero."));
    }

    @Test
    void takesCounterWordsAndPrefixedUnitsAndSaysHowToWriteAMistypedUnit() throws Exception {
        whatIf("{\"overrides\": {\"gpus-per-server\": \"4张\", \"gpu-power\": \"350000 mW\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overrides.gpus-per-server").value("4 GPU"))
                .andExpect(jsonPath("$.overrides.gpu-power").value("350 W"));
        String page = page(get("/articles/demo/what-if").param("gpu-power", "350 w"));
        assertThat(page).contains("“单片GPU功耗”：“350 w”的单位要写作“W”，例如“700 W”。").doesNotContain("不能替换");
    }

    /**
     * A value the engine fails on (a unit power it cannot represent) is the reader's mistake to fix,
     * not a server error: 400 with the problem document naming the value, and the page with the
     * field's error.
     */
    @Test
    void aValueTheEngineCannotHandleIsRefusedNotAServerError() throws Exception {
        whatIf("{\"overrides\": {\"gpu-power\": \"1 W·s·s·s·s\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("“单片GPU功耗”")))
                .andExpect(jsonPath("$.detail", containsString("1 W·s·s·s·s")));
        mvc.perform(post("/api/articles/demo/what-if")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"overrides\": {\"gpu-power\": \"1 W·s·s·s·s\"}}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("power per GPU")));
        String page = page(get("/articles/demo/figures/server-power/what-if")
                .param("gpu-power", "1 W·s·s·s·s")
                .param("gpus-per-server", "4 GPU"));
        assertThat(page)
                .contains("name=\"gpu-power\" value=\"1 W·s·s·s·s\"")
                .contains("<p class=\"what-if-field-error\" id=\"what-if-gpu-power-error\">“单片GPU功耗”")
                .doesNotContain("id=\"what-if-gpus-per-server-error\"");
    }
}
