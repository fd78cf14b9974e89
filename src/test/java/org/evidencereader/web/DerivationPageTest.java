package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The derivation page as readers read it: the conclusion first, the arithmetic once, numbers no more
 * precise than their inputs, the editors' details closed at the bottom, and on a what-if page each
 * changed value beside the article's and each note about the article's values marked as such.
 */
@WebMvcTest({PageController.class, WhatIfController.class, ApiController.class})
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class DerivationPageTest {

    private static final Pattern EDITORS =
            Pattern.compile("<details class=\"for-editors\">.*?</details>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String html(String path) throws Exception {
        return html(path, "zh-CN");
    }

    /** The page's main part as a reader sees it: the text, without tags, attributes, scripts or the editors' section. */
    private static String readersText(String page) {
        String main = page.contains("<main") ? page.substring(page.indexOf("<main"), page.indexOf("</main>")) : page;
        return EDITORS.matcher(main)
                .replaceAll("")
                .replaceAll("<script.*?</script>", "")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ");
    }

    private static String editors(String page) {
        Matcher m = EDITORS.matcher(page);
        assertThat(m.find()).as("the editors' section").isTrue();
        return m.group();
    }

    private static String section(String page, String cssClass) {
        int start = page.indexOf("<section class=\"" + cssClass + "\"");
        assertThat(start).as("section " + cssClass).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void theTopSaysTheValueTheVerdictAndTheNoteThenQuotesTheSentence() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power");
        String top = section(page, "value-box");
        assertThat(top)
                .contains("data-display-of=\"total-power\">50.4万千瓦</span>")
                .contains("data-si-of=\"total-power\">504 MW</span>");
        String text = readersText(top);
        assertThat(text.indexOf("50.4万千瓦")).isLessThan(text.indexOf("算术无误")).isLessThan(text.indexOf("大致属实"));
        assertThat(text.indexOf("大致属实")).isLessThan(text.indexOf("72万片×700 W＝50.4万千瓦，算术无误"));
        assertThat(top).contains("class=\"verdict-line family-");
        String quote = section(page, "quote");
        assertThat(quote)
                .contains("事实上,算力卡还仅仅只是硬件成本中的一部分")
                .contains("<mark>50.4万千瓦</mark>")
                .contains("盯上核电的原因。")
                .as("the sentence, not the whole paragraph")
                .doesNotContain("到目前为止,OpenAI手里的H100");
        assertThat(page.indexOf("class=\"value-box\"")).isLessThan(page.indexOf("class=\"quote\""));
        assertThat(page.indexOf("class=\"quote\"")).isLessThan(page.indexOf("class=\"computed\""));
        assertThat(page.indexOf("class=\"computed\"")).isLessThan(page.indexOf("class=\"sources\""));
        assertThat(section(page, "sources")).contains("来源原文").contains("700W per GPU");
    }

    @Test
    void theArithmeticIsShownOnceInTheArticlesUnits() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power");
        // The note at the top may do the sum in its own words; below it, the arithmetic is written once.
        String text = readersText(page.substring(page.indexOf("class=\"quote\"")));
        assertThat(text.split("×", -1))
                .as("one multiplication sign: one rendering")
                .hasSize(2);
        assertThat(page.split("class=\"arithmetic\"", -1)).hasSize(2);
        assertThat(section(page, "computed"))
                .contains(">72万张</a>")
                .contains(">700W</a>")
                .contains(">50.4万千瓦</span>")
                .doesNotContain("504,000 kW")
                .doesNotContain("class=\"formula\"");
        assertThat(page).doesNotContain("代入数值").doesNotContain(">公式<".replace("<", "<h2>"));
    }

    @Test
    void idsFormulaLocationPassageAndLegendAreOnlyInTheClosedEditorsSection() throws Exception {
        for (String language : new String[] {"zh-CN", "en"}) {
            String page = html("/articles/baidu-sora/figures/total-power", language);
            String text = readersText(page);
            assertThat(text)
                    .doesNotContain("total-power")
                    .doesNotContain("inference-gpus")
                    .doesNotContain("power.yaml")
                    .doesNotContain("p-7")
                    .doesNotContain("p-")
                    .doesNotContain("504,000 kW");
            assertThat(EDITORS.matcher(page).replaceAll("")).doesNotContain("id=\"legend\"");
            String editors = editors(page);
            assertThat(editors)
                    .startsWith("<details class=\"for-editors\">")
                    .doesNotContain("<details class=\"for-editors\" open")
                    .contains("<code>total-power</code>")
                    .contains("total-power = inference-gpus * h100-power")
                    .contains("power.yaml:")
                    .contains(">p-")
                    .contains("id=\"legend\"")
                    .contains(language.equals("en") ? "<summary>For editors</summary>" : "<summary>给编辑看的细节</summary>");
        }
    }

    @Test
    void aComputedFigureIsShownNoMorePreciselyThanItsInputs() throws Exception {
        String share = html("/articles/baidu-sora/figures/share-of-daya-bay-base");
        assertThat(readersText(share)).contains("8.2%").doesNotContain("8.235").doesNotContain("8.24");
        assertThat(readersText(section(share, "computed"))).contains("= 8.2%");
        String fleet = html("/articles/baidu-sora/figures/inference-vs-training-fleet");
        assertThat(readersText(fleet))
                .contains("69–171倍")
                .doesNotContain("68.57")
                .doesNotContain("171.4");
        assertThat(section(html("/articles/baidu-sora/figures/total-power"), "used-by"))
                .contains(">8.2%</span>")
                .contains(">26%</span>");
        assertThat(html("/articles/baidu-sora")).contains(">8.2%<").doesNotContain("8.235%");
        // The API keeps the value at full precision.
        assertThat(html("/api/articles/baidu-sora/figures/share-of-daya-bay-base"))
                .contains("\"low\":0.0823529411");
    }

    @Test
    void aRoundedFigureIsShownOneWayOnItsPageInTheLedgerAndAsAnInput() throws Exception {
        String ledger = html("/articles/baidu-sora/ledger");
        assertThat(ledger)
                .contains(">8.2%</td>")
                .contains(">26%</td>")
                .contains(">69–171×</td>")
                .doesNotContain(">8.235%")
                .doesNotContain(">68.57");
        // The ledger still sorts by the full value.
        assertThat(ledger).contains("data-sort-value=\"0.08235294");
        String hours = readersText(section(html("/articles/baidu-sora/figures/training-gpu-hours"), "computed"));
        assertThat(hours).contains("= 3,100,000–7,700,000 GPU·h");
        String energy = readersText(section(html("/articles/baidu-sora/figures/training-energy"), "computed"));
        assertThat(energy).contains("3,100,000–7,700,000 GPU·h × 700W").doesNotContain("3,068,000");
        String share = readersText(section(html("/articles/baidu-sora/figures/share-of-daya-bay-station"), "computed"));
        assertThat(share).contains("÷ 1,970 MW").doesNotContain("1,968");
    }

    @Test
    void aWhatIfShowsEachChangedValueBesideTheArticlesOne() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power/what-if?h100-power=350");
        assertThat(readersText(section(page, "value-box"))).contains("文中原为 50.4万千瓦 → 现为 25.2万千瓦");
        assertThat(section(page, "value-box")).contains("data-display-of=\"total-power\">25.2万千瓦</span>");
        assertThat(readersText(section(page, "computed"))).contains("700W → 现为 350瓦");
        assertThat(readersText(section(page, "used-by"))).contains("8.2% → 现为 4.1%");
        String english = html("/articles/baidu-sora/figures/total-power/what-if?h100-power=350", "en");
        assertThat(readersText(section(english, "value-box"))).contains("in the article 50.4万千瓦 → now 25.2万千瓦");
        String article = html("/articles/baidu-sora/what-if?h100-power=350");
        String card = article.substring(article.indexOf("id=\"card-total-power\""));
        card = card.substring(0, card.indexOf("class=\"card-more\""));
        assertThat(readersText("<main>" + card + "</main>")).contains("50.4万千瓦 → 现为 25.2万千瓦");
        assertThat(html("/articles/baidu-sora/figures/total-power")).doesNotContain("class=\"was\"");
    }

    @Test
    void aNoteAboutTheArticlesValuesIsMarkedOnAWhatIf() throws Exception {
        String page = html("/articles/baidu-sora/figures/total-power/what-if?h100-power=350");
        String top = section(page, "value-box");
        assertThat(top).contains("<p class=\"note-about-article\">此说明针对文中原来的数值</p>");
        assertThat(top.indexOf("note-about-article")).isLessThan(top.indexOf("class=\"note\""));
        assertThat(section(html("/articles/baidu-sora/figures/total-power/what-if?h100-power=350", "en"), "value-box"))
                .contains("<p class=\"note-about-article\">This note is about the article’s own values</p>");
        assertThat(html("/articles/baidu-sora/figures/total-power")).doesNotContain("note-about-article");
        // A figure the change leaves as it was keeps its note unmarked.
        assertThat(html("/articles/baidu-sora/figures/daya-bay-base-capacity/what-if?h100-power=350"))
                .doesNotContain("note-about-article");
        String article = html("/articles/baidu-sora/what-if?h100-power=350");
        String card = article.substring(article.indexOf("id=\"card-total-power\""));
        card = card.substring(0, card.indexOf("class=\"card-more\""));
        assertThat(card.indexOf("note-about-article")).isPositive().isLessThan(card.indexOf("class=\"card-note\""));
    }
}
