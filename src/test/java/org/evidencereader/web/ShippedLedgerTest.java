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
import org.springframework.test.web.servlet.MockMvc;

/** The shipped article's ledger as CSV reads back in a spreadsheet as the numbers it holds. */
@WebMvcTest(LedgerController.class)
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedLedgerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void numbersAreWrittenInPlainDecimal() throws Exception {
        String csv = mvc.perform(get("/articles/baidu-sora/ledger.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).as("no exponent").doesNotContainPattern("\\d\\.?\\d*E[+-]?\\d");
        assertThat(csv).as("no needless fraction").doesNotContainPattern(",\\d+\\.0,");
        // 4211–10528 H100s for training, and their energy: 11,074,087,800 … J is written out in full
        assertThat(csv).contains(",4211,10528,GPU,");
        assertThat(csv).containsPattern(",\\d{11,},\\d{11,},J,");
    }
}
