package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The derivation pages of the shipped article carry their graph and charts. */
@WebMvcTest({PageController.class, WhatIfController.class})
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedFigurePageTest {

    @Autowired
    MockMvc mvc;

    private String html(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void totalPowerHasItsGraphAndIsComparedWithTheBaseAndTheStation() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power");
        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"comparison-chart\" role=\"img\"");
        assertThat(page).contains("class=\"derivation-diagram\" role=\"group\"");
        assertThat(page).contains(">504 MW</text>").contains(">6,120 MW</text>").contains(">1,970 MW</text>");
        assertThat(page).contains("href=\"/articles/baidu-sora/figures/inference-gpus\"");
    }

    /** '环比下跌38.49%' is -38.49%: the card says why the text has no minus sign; a positive figure's card does not. */
    @Test
    void aFallWrittenInWordsIsExplainedOnItsCard() throws Exception {
        String page = html("/articles/baidu-sora").replaceAll("\\s+", " ");
        String luma = page.substring(page.indexOf("id=\"card-luma-traffic-change\""));
        luma = luma.substring(0, luma.indexOf("class=\"card-more\""));
        assertThat(luma)
                .contains("<span class=\"display\">38.49%</span>")
                .contains("= -38.49%")
                .contains("<span class=\"sign-note\">（负数：文中以“下跌”之类的字眼表示）</span>");
        assertThat(html("/articles/baidu-sora/figures/luma-traffic-change"))
                .contains("<p class=\"sign-note\">（负数：文中以“下跌”之类的字眼表示）</p>");
        String power = page.substring(page.indexOf("id=\"card-h100-power\""));
        assertThat(power.substring(0, power.indexOf("class=\"card-more\""))).doesNotContain("sign-note");
    }

    @Test
    void theRatioAndTheRangeAreDrawnFromTheirData() throws Exception {
        assertThat(html("/articles/baidu-sora/figures/inference-vs-openai-fleet"))
                .contains(">720,000 GPU</text>")
                .contains(">100,000 GPU</text>");
        assertThat(html("/articles/baidu-sora/figures/training-gpus"))
                .contains("class=\"ch-bar-range ch-interval\"")
                .contains(">4,200</text>")
                .contains(">10,500 GPU</text>");
    }

    /**
     * "= SI" restates the article's number in other units, so it shows only when the check found the same
     * number and the text does not give a bound; otherwise the compare line shows both numbers.
     */
    @Test
    void theSiFormIsShownOnlyForTheSameNumberAndTheCompareLineOtherwise() throws Exception {
        String page = html("/articles/baidu-sora").replaceAll("\\s+", " ");
        for (String[] c : new String[][] {
            {"clip-price", "0.5—2元"}, {"training-gpus", "4211至10528片"}, {"runway-pika-clip-length", "不到十秒"}
        }) {
            String card = page.substring(page.indexOf("id=\"card-" + c[0] + "\""));
            card = card.substring(0, card.indexOf("class=\"card-more\""));
            assertThat(card)
                    .as(c[0])
                    .doesNotContain("class=\"si\"")
                    .contains("<p class=\"check-compare\">文中：" + c[1] + "；");
            assertThat(html("/articles/baidu-sora/figures/" + c[0]))
                    .as(c[0])
                    .doesNotContain("class=\"si-beside\"")
                    .contains("<p class=\"check-compare\">文中：" + c[1] + "；");
        }
        String power = page.substring(page.indexOf("id=\"card-total-power\""));
        assertThat(power.substring(0, power.indexOf("class=\"card-more\"")))
                .contains("= 504 MW")
                .doesNotContain("check-compare");
    }

    /** The editors' section words the check as the card does, without "记录的数值". */
    @Test
    void theEditorsBadgeWordsTheCheckAsTheCardDoes() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power").replaceAll("\\s+", " ");
        assertThat(page).doesNotContain("记录的数值").containsPattern("class=\"badge check check-consistent\"[^>]*>算术无误<");
    }

    /** The source wrote 4,200-10,500 and the article 4,211-10,528: the page shows both, and what the check made of them. */
    @Test
    void aFigureMorePreciseThanItsSourceShowsBothNumbers() throws Exception {
        String page = html("/articles/baidu-sora/figures/training-gpus");
        assertThat(page)
                .contains("<p class=\"check-compare\">文中：4211至10528片；来源：4,200–10,500 GPU</p>")
                .contains(">按来源的精度相符</span>");
        assertThat(html("/articles/baidu-sora/figures/h100-power")).doesNotContain("check-compare");
        // A sourced figure in no ratio has neither.
        assertThat(html("/articles/baidu-sora/figures/training-duration")).doesNotContain("<svg");
    }

    @Test
    void theWhatIfPageDrawsTheChangedValues() throws Exception {
        String page = mvc.perform(get("/articles/baidu-sora/figures/total-power/what-if")
                        .param("h100-power", "350 W")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(">252 MW</text>").contains(">25.2万千瓦</text>");
    }

    /**
     * A source without an address (ETtoday's quote of Sam Altman, "qwe.edu.pl; hivebook.wiki") is named as plain text in the
     * derivation tree: it was a link with an empty href, so a click only reloaded the page.
     */
}
