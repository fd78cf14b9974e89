package org.evidencereader.web;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
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

/** The shipped article's evidence as the API publishes it: what a fact-checker would sign. */
@WebMvcTest(ApiController.class)
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedEvidenceApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyVerdictCitesOnlySourcesWithAnAddressAndTheH100CountIsUnverifiableWithoutOne() throws Exception {
        mvc.perform(get("/api/articles/baidu-sora"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[?(@.verdict)].sources[*].url", everyItem(notNullValue())))
                .andExpect(jsonPath("$.figures[?(@.id == 'openai-h100-count')].verdict", hasItem("unverifiable")))
                .andExpect(jsonPath("$.figures[?(@.id == 'openai-h100-count')].sources[*]", empty()))
                // Factorial wrote 4,200-10,500; the article 4,211-10,528: the check says the article is the more
                // precise
                .andExpect(jsonPath("$.figures[?(@.id == 'training-gpus')].check", hasItem("source-precision")))
                .andExpect(jsonPath(
                        "$.figures[?(@.id == 'training-gpus')].noteEn",
                        hasItem(org.hamcrest.Matchers.startsWith("Factorial Funds estimated"))));
    }
}
