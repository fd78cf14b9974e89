package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped article's statements (claims that are not numbers) as readers and machines see them:
 * marked in the text with a card, listed in the ledger, in the API and published as ClaimReview.
 */
@WebMvcTest({PageController.class, LedgerController.class, ApiController.class})
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedStatementsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private String body(String path, String language) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String folded(String html) {
        return html.replaceAll("\\s+", " ");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private JsonNode jsonLd(String page) {
        String open = "<script type=\"application/ld+json\">";
        int start = page.indexOf(open) + open.length();
        return JSON.readTree(page.substring(start, page.indexOf("</script>", start)));
    }

    /** The acceptance line: at least three statements in the text with cards, in the ledger and in the ClaimReview JSON-LD. */
    @Test
    void atLeastThreeStatementsAppearInTheTextTheLedgerAndTheJsonLd() throws Exception {
        String page = folded(body("/articles/baidu-sora", "zh-CN"));
        List<String> marked = all(Pattern.compile("data-statement-id=\"([a-z0-9-]+)\""), page).stream()
                .distinct()
                .toList();
        List<String> cards = all(Pattern.compile("data-card-for=\"statement:([a-z0-9-]+)\""), page);
        String ledger = folded(body("/articles/baidu-sora/ledger", "zh-CN"));
        List<String> rows = all(Pattern.compile("<tr id=\"statement-([a-z0-9-]+)\""), ledger);
        List<String> reviewed = new ArrayList<>();
        for (JsonNode review : jsonLd(page)) {
            String url = review.get("url").asString();
            if (url.startsWith("/articles/baidu-sora/ledger#statement-")) {
                reviewed.add(url.substring(url.indexOf("#statement-") + "#statement-".length()));
            }
        }
        List<String> everywhere = marked.stream()
                .filter(cards::contains)
                .filter(rows::contains)
                .filter(reviewed::contains)
                .toList();
        assertThat(everywhere)
                .hasSizeGreaterThanOrEqualTo(3)
                .contains("li-baidu-no-sora", "microsoft-google-nuclear", "air-head-post-produced");
    }

    /** schema.org's ClaimReview shape, as the figures' reviews have it. */
    @Test
    void aStatementsClaimReviewHasTheSchemaOrgShape() throws Exception {
        JsonNode review = null;
        for (JsonNode r : jsonLd(body("/articles/baidu-sora", "en"))) {
            if (r.get("url").asString().endsWith("#statement-microsoft-google-nuclear")) {
                review = r;
            }
        }
        assertThat(review).isNotNull();
        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString())
                .isEqualTo("/articles/baidu-sora/ledger#statement-microsoft-google-nuclear");
        assertThat(review.get("claimReviewed").asString())
                .isEqualTo("Microsoft and Google have both turned to nuclear power for their datacenters.");
        assertThat(review.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("supported");
        assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(5);
        assertThat(review.get("reviewRating").get("bestRating").asInt()).isEqualTo(5);
        assertThat(review.get("reviewRating").get("worstRating").asInt()).isEqualTo(1);
        assertThat(review.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
        assertThat(review.get("itemReviewed").get("appearance").get("url").asString())
                .matches("/articles/baidu-sora#p-\\d+");
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("reviewBody").asString()).startsWith("On 20 Sep 2024 Constellation announced");
    }

    @Test
    void theMarkIsALinkToItsLedgerRowWithTheFamilyInItsStyleAndName() throws Exception {
        String page = folded(body("/articles/baidu-sora", "zh-CN"));
        assertThat(page)
                .contains("<a class=\"statement family-supported\" aria-label=\"微软、谷歌等大厂会盯上核电（有据可查）\""
                        + " href=\"/articles/baidu-sora/ledger#statement-microsoft-google-nuclear\""
                        + " data-statement-id=\"microsoft-google-nuclear\">微软、谷歌等大厂会盯上核电</a>");
        // 李彦宏's sentence holds the figure 10年、20年: statement, figure, statement
        assertThat(page)
                .containsPattern(
                        "data-statement-id=\"li-payback-remark\">对此李彦宏表示,Sora这种视频生成模型的投入周期太长,</a><a"
                                + " class=\"figure [^\"]*\"[^>]*data-figure-id=\"baidu-payback-years\"[^>]*>10年、20年</a><a"
                                + " class=\"statement family-supported\"[^>]*data-statement-id=\"li-payback-remark\">可能都拿不到业务收益</a>");
    }

    @Test
    void theCardGivesTheClaimInTheReadersLanguageTheVerdictTheNoteAndSourcesWithTheirWords() throws Exception {
        String en = folded(body("/articles/baidu-sora", "en"));
        String card = en.substring(en.indexOf("id=\"statement-card-air-head-post-produced\""));
        card = card.substring(0, card.indexOf("card-more"));
        assertThat(card)
                .contains("data-card-for=\"statement:air-head-post-produced\"")
                .contains("<p class=\"card-heading card-kind\">Statement</p>")
                .contains("The Sora short &quot;Air Head&quot; (by shy kids) was post-produced by people")
                .contains("<span class=\"verdict-words\">supported</span>")
                .contains("Patrick Cederberg of shy kids told fxguide")
                .contains("<q class=\"says\">hundreds of generations of 10 to 20 seconds each … 300:1</q>");
        String zh = folded(body("/articles/baidu-sora", "zh-CN"));
        assertThat(zh.substring(zh.indexOf("id=\"statement-card-air-head-post-produced\"")))
                .contains("用Sora制作的短片《气球人》（Air Head，shy kids）经过了人工后期加工。")
                .contains("<a href=\"/articles/baidu-sora/ledger#statement-air-head-post-produced\">在账本中查看</a>");
    }

    @Test
    void theLedgerListsEachStatementWithItsVerdictSoTheFiltersHold() throws Exception {
        String ledger = folded(body("/articles/baidu-sora/ledger", "en"));
        assertThat(ledger)
                .contains("<tr id=\"statement-shanhai-edited-by-hand\" data-verdict=\"approximate\">")
                .contains("<tr id=\"statement-li-baidu-no-sora\" data-verdict=\"supported\">")
                .contains("<a href=\"/articles/baidu-sora#p-1\">百度不碰Sora类的视频生成</a>");
    }

    @Test
    void theApiListsStatementsBesideTheFigures() throws Exception {
        JsonNode article = JSON.readTree(body("/api/articles/baidu-sora", "en"));
        assertThat(article.get("figures").size()).isGreaterThan(0);
        JsonNode li = null;
        for (JsonNode s : article.get("statements")) {
            if (s.get("id").asString().equals("li-baidu-no-sora")) {
                li = s;
            }
        }
        assertThat(li).isNotNull();
        assertThat(li.get("quote").asString()).isEqualTo("百度不碰Sora类的视频生成");
        assertThat(li.get("passageId").asString()).isEqualTo("p-1");
        String passage = article.get("passages").get(0).get("text").asString();
        assertThat(passage.substring(li.get("start").asInt(), li.get("end").asInt()))
                .isEqualTo("百度不碰Sora类的视频生成");
        assertThat(li.get("claim").asString()).startsWith("李彦宏");
        assertThat(li.get("claimEn").asString()).startsWith("Li Yanhong");
        assertThat(li.get("verdict").asString()).isEqualTo("supported");
        assertThat(li.get("noteEn").asString()).isNotEmpty();
        assertThat(li.get("sources").get(0).get("id").asString()).isEqualTo("zhidx-sora-autumn");
        assertThat(li.get("url").asString()).isEqualTo("/articles/baidu-sora/ledger#statement-li-baidu-no-sora");
    }

    @Test
    void theSummaryCountsStatementsWithTheFigures() throws Exception {
        assertThat(folded(body("/articles/baidu-sora", "zh-CN"))).containsPattern("\\d+ 个数字、5 条陈述：");
        assertThat(folded(body("/articles/baidu-sora", "en"))).containsPattern("\\d+ figures and 5 statements: ");
    }
}
