package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(PageController.class)
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class PageControllerTest {

    @Autowired
    MockMvc mvc;

    private String html(String path, String acceptLanguage) throws Exception {
        MvcResult result = mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn();
        // Attributes may wrap across lines in the templates; compare with white space folded.
        return result.getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
    }

    @Test
    void readerPageOffersAWhatIfOverTheSourcedInputsThatWorksWithoutJavaScript() throws Exception {
        String page = html("/articles/demo", "zh-CN");
        assertThat(page).contains("<form method=\"get\" class=\"what-if-form\" action=\"/articles/demo/what-if\"");
        assertThat(page)
                .contains("<label for=\"what-if-gpus-per-server\">每台服务器的GPU数</label>")
                .contains("name=\"gpus-per-server\" value=\"8 GPU\"")
                .contains("name=\"gpu-power\" value=\"700 W\"");
        // Computed figures are not inputs: they follow from the others.
        assertThat(page).doesNotContain("name=\"server-power\"").doesNotContain("name=\"server-power-share\"");
    }

    /** The static export's addresses end in '/': shared from it, they still lead to the page here. */
    /** A source without an address is named as plain text in the derivation tree: a link with an empty href only reloads the page. */
    @Test
    void aSourceWithoutAnAddressIsNamedWithoutALinkInTheDerivationTree() throws Exception {
        String page = html("/articles/demo/figures/server-power", "zh-CN").replaceAll("\\s+", " ");
        assertThat(page).doesNotContain("href=\"\"");
        String tree = page.substring(page.indexOf("class=\"tree-root\""));
        assertThat(tree)
                .contains("<span class=\"source-name\">Reseller</span>")
                .contains("<a href=\"https://example.org/datasheet\" rel=\"noopener noreferrer\">Maker</a>");
    }

    @Test
    void anAddressWithATrailingSlashRedirectsToThePage() throws Exception {
        mvc.perform(get("/articles/demo/"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/articles/demo"));
        mvc.perform(get("/articles/demo/figures/gpu-power/").queryParam("lang", "en"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/articles/demo/figures/gpu-power?lang=en"));
        mvc.perform(get("/articles/demo/ledger/"))
                .andExpect(header().string(HttpHeaders.LOCATION, "/articles/demo/ledger"));
        // a query as some browsers send it, with a bare '%'
        mvc.perform(get("/articles/demo/").with(request -> {
                    request.setQueryString("utm=100%");
                    return request;
                }))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string(HttpHeaders.LOCATION, "/articles/demo?utm=100%"));
    }

    /** Without JavaScript there are no cards: the page's tip says to click, and the one about hovering waits for the script. */
    @Test
    void theTipAboutCardsIsShownOnlyWithTheScriptThatMakesThem() throws Exception {
        String page = html("/articles/demo", "zh-CN");
        assertThat(page).contains("<p class=\"howto\" hidden data-howto lang=\"zh\">提示：文中标出的数字可以悬停、聚焦或轻触查看来源；");
        assertThat(page).contains("<noscript><p class=\"howto\" lang=\"zh\">提示：点击文中标出的数字，查看它的来源和完整推导。</p></noscript>");
    }

    /** A label joined to its text has a space after the colon in English ("Automatic check: The …"), none in Chinese. */
    @Test
    void aLabelAndItsTextAreJoinedAsEachLanguageWritesThem() throws Exception {
        String english = html("/articles/demo/figures/gpu-power", "en");
        assertThat(english)
                .contains("title=\"Automatic check: The number")
                .contains("title=\"Editorial verdict: ")
                .contains("What the source says: </span>")
                .doesNotContain("check:The")
                .doesNotContain("verdict:A")
                .doesNotContain("says:</span>");
        String chinese = html("/articles/demo/figures/gpu-power", "zh-CN");
        assertThat(chinese).contains("title=\"自动核对：").doesNotContain("自动核对： ").contains("来源原文：</span>");
    }

    @Test
    void theTabTitleIsInTheReadersLanguageWhenTheArticleHasOne() throws Exception {
        assertThat(html("/articles/demo", "en")).contains("<title>The power of one server · Evidence Reader</title>");
        assertThat(html("/articles/demo", "zh-CN")).contains("<title>一台服务器的功耗 · 证据阅读器</title>");
        assertThat(html("/articles/demo/ledger", "en")).contains("The power of one server</title>");
    }

    @Test
    void englishCountsAgreeWithTheirNumber() throws Exception {
        assertThat(html("/", "en")).contains("4 figures");
        assertThat(html("/articles/demo", "en")).contains("4 figures annotated, 3 of them in the text.");
    }

    @Test
    void libraryListsTheArticleInChineseByDefault() throws Exception {
        String page = html("/", "");
        assertThat(page)
                .contains("文章库")
                .contains("href=\"/articles/demo\"")
                .contains("一台服务器的功耗")
                .contains("4 个数字");
    }

    /**
     * The fixture's paragraph has strong text around a figure, a link whose last words are a figure,
     * an emphasised figure and a plain link. A formatted figure is written exactly as a plain one.
     */
    @Test
    void readerShowsTheArticlesInlineFormattingAndLinks() throws Exception {
        String page = html("/articles/demo", "zh-CN");
        assertThat(page)
                .contains(
                        "一台服务器<strong>装有</strong><strong><a class=\"figure check-consistent family-not-judged\" "
                                + "aria-label=\"8片（未评判）\" href=\"/articles/demo/figures/gpus-per-server\" id=\"fig-gpus-per-server\" data-figure-id=\"gpus-per-server\"");
        assertThat(page)
                .contains(
                        ",以<a class=\"text-link\" rel=\"noopener nofollow\" href=\"https://example.org/datasheet\">每片功耗为</a>"
                                + "<a class=\"figure");
        assertThat(page)
                .contains(
                        "合计<em><a class=\"figure check-consistent family-not-judged\" aria-label=\"5600W（未评判）\" href=\"/articles/demo/figures/server-power\" "
                                + "id=\"fig-server-power\" data-figure-id=\"server-power\" data-si=\"5,600 W\">5600W</a></em>");
        assertThat(page)
                .contains(
                        "这还不算<a class=\"text-link\" rel=\"noopener nofollow\" href=\"https://example.org/cooling\">散热</a>。");
    }

    @Test
    void readerMarksEachFigureAsALinkToItsDerivationWithACard() throws Exception {
        String page = html("/articles/demo", "zh-CN");
        assertThat(page)
                .contains(
                        "<a class=\"figure check-consistent family-not-judged\" aria-label=\"5600W（未评判）\" href=\"/articles/demo/figures/server-power\" id=\"fig-server-power\" "
                                + "data-figure-id=\"server-power\" data-si=\"5,600 W\">5600W</a>");
        assertThat(page).contains("data-card-for=\"server-power\"");
        // The card shows the arithmetic with each input linked.
        assertThat(page).contains("href=\"/articles/demo/figures/gpus-per-server\"");
        assertThat(page).contains("8 GPU").contains("700 W").contains("5.6 kW");
        // Raw HTML in the article is shown as text, never run.
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void speaksEnglishWhenTheReaderAsksForIt() throws Exception {
        String page = html("/articles/demo", "en-GB,en;q=0.9");
        assertThat(page)
                .contains("lang=\"en\"")
                .contains("See the whole derivation")
                .contains("GPUs per server");
        String switched = html("/articles/demo?lang=en", "zh-CN");
        assertThat(switched).contains("See the whole derivation");
    }

    @Test
    void derivationPageNamesTheInputsAndTheirSources() throws Exception {
        String page = html("/articles/demo/figures/server-power", "zh-CN");
        assertThat(page).contains("server-power = gpus-per-server * gpu-power");
        assertThat(page).contains("每台服务器的GPU数").contains("单片GPU功耗");
        assertThat(page).contains("href=\"https://example.org/datasheet\"").contains("up to 700 W");
        assertThat(page)
                .contains(
                        "<a class=\"archived\" href=\"https://web.archive.org/web/2024/https://example.org/datasheet\" "
                                + "rel=\"noopener noreferrer\">存档副本</a>");
        assertThat(html("/articles/demo/figures/server-power", "en")).contains(">archived copy</a>");
    }

    @Test
    void readerPageCarriesClaimReviewsAsScriptSafeJsonLd() throws Exception {
        String page = html("/articles/demo", "zh-CN");
        assertThat(page)
                .contains(
                        "<script type=\"application/ld+json\">[{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\"");
        assertThat(page).contains("\"alternateName\":\"大致属实\"").contains("\"ratingValue\":4");
        // Members in a fixed order, so the page's bytes (and ETag) are the same in every process.
        assertThat(page).contains("\"author\":{\"@type\":\"Organization\",\"name\":\"证据阅读器\"}");
        // The note's </script> is written as JSON escapes inside the JSON-LD and as text in the card.
        assertThat(page)
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)")
                .contains("&lt;/script&gt;&lt;script&gt;alert(1)")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void ledgerListsEveryFigureWithItsCheckVerdictAndSources() throws Exception {
        String page = html("/articles/demo/ledger", "zh-CN");
        assertThat(page).contains("数字账本").contains("href=\"/articles/demo/ledger.csv\"");
        assertThat(page.split("<tr id=\"row-", -1)).hasSize(5);
        assertThat(page).contains("<tr id=\"row-server-power\" data-check=\"consistent\" data-verdict=\"none\">");
        assertThat(page).contains("<tr id=\"row-gpu-power\" data-check=\"consistent\" data-verdict=\"approximate\">");
        assertThat(page).contains("图例").contains("归属有误");
    }

    @Test
    void ledgerShowsItsFiltersAndSortHintOnlyToTheScriptThatMakesThemWork() throws Exception {
        for (String language : new String[] {"en", "zh-CN"}) {
            String page = html("/articles/demo/ledger", language);
            assertThat(page).contains("<div class=\"ledger-filters\" hidden>");
            assertThat(page).containsPattern("<span data-ledger-sort-hint hidden>[^<]+</span>");
            String shownWithoutScript = page.replaceAll("<span data-ledger-sort-hint hidden>[^<]+</span>", "");
            assertThat(shownWithoutScript)
                    .as(language)
                    .doesNotContain("column heading")
                    .doesNotContain("表头");
        }
    }

    @Test
    void ledgerExplainsTheUnitValuesAreConvertedIntoAndCallsARatioARatio() throws Exception {
        String page = html("/articles/demo/ledger", "en");
        assertThat(page).containsPattern("<th [^>]*title=\"[^\"]*converted[^\"]*\"[^>]*>SI unit</th>");
        assertThat(page).containsPattern("<p class=\"ledger-unit-note\"[^>]*>[^<]*converted into[^<]*</p>");
        java.util.regex.Matcher share = java.util.regex.Pattern.compile("<tr id=\"row-server-power-share\".*?</tr>")
                .matcher(page);
        assertThat(share.find()).isTrue();
        assertThat(share.group())
                .contains("<td class=\"unit-cell\" data-label=\"SI unit\">ratio</td>")
                .doesNotContain(">1</td>");
        java.util.regex.Matcher power = java.util.regex.Pattern.compile("<tr id=\"row-server-power\".*?</tr>")
                .matcher(page);
        assertThat(power.find()).isTrue();
        assertThat(power.group())
                .contains("data-sort-unit=\"W\"")
                .contains("<td class=\"unit-cell\" data-label=\"SI unit\">W</td>");
        assertThat(html("/articles/demo/ledger", "zh-CN")).contains(">比值</td>");
    }

    @Test
    void unknownArticleOrFigureIsA404Page() throws Exception {
        // In the reader's language, so a shared cache must keep one per language.
        mvc.perform(get("/articles/nope"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Vary", "Accept-Encoding, Accept-Language, Cookie"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("找不到页面")));
        mvc.perform(get("/no/such/page"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Vary", "Accept-Language, Cookie"));
        mvc.perform(get("/articles/demo/figures/nope")).andExpect(status().isNotFound());
    }

    @Test
    void answersNotModifiedToARepeatedRequest() throws Exception {
        String etag = mvc.perform(get("/articles/demo"))
                .andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/articles/demo").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }
}
