package org.evidencereader.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Coverage of the shipped Baidu/Sora article: every number accounted for, H100 never a figure. */
@WebMvcTest(CoverageController.class)
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class CoverageControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void accountsForEveryNumberInTheArticle() throws Exception {
        mvc.perform(get("/api/articles/baidu-sora/coverage"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.mentions").value(greaterThanOrEqualTo(22)))
                .andExpect(jsonPath("$.totals.unannotated").value(0))
                .andExpect(jsonPath(
                        "$.mentions[*].status", everyItem(org.hamcrest.Matchers.oneOf("annotated", "not-a-claim"))))
                .andExpect(jsonPath("$.mentions[*].text", not(hasItem(startsWith("H")))))
                .andExpect(jsonPath("$.mentions[*].text", not(hasItem("100"))))
                .andExpect(
                        jsonPath("$.mentions[?(@.text == '50.4万千瓦')].figureId").value(hasItem("total-power")))
                .andExpect(jsonPath("$.mentions[?(@.text == '两')].status").value(hasItem("not-a-claim")))
                .andExpect(jsonPath("$.mentions[?(@.text == '两')].reason")
                        .value(hasItem(startsWith("A count of the two products"))));
    }

    @Test
    void unknownArticleIsAProblem() throws Exception {
        mvc.perform(get("/api/articles/nope/coverage")).andExpect(status().isNotFound());
    }
}
