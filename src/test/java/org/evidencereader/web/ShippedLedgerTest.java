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
        // 4200–10500 H100s for training, and their energy in joules, written out in full
        assertThat(csv).contains(",4200,10500,GPU,");
        assertThat(csv).containsPattern(",\\d{11,}(\\.\\d+)?,\\d{11,},J,");
    }

    /** One plain wording per outcome of the check, as on the cards; one word for "no verdict" as in the summary. */
    @Test
    void theLedgerWordsTheCheckAsTheCardsDo() throws Exception {
        String page = mvc.perform(get("/articles/baidu-sora/ledger").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(page).doesNotContain("记录的数值").doesNotContain("无结论").contains(">未评判</option>");
        assertThat(row(page, "total-power")).containsPattern("class=\"badge check check-consistent\"[^>]*>算术无误<");
        assertThat(row(page, "h100-power")).containsPattern("class=\"badge check check-consistent\"[^>]*>与来源数值相符<");
    }

    private static String row(String page, String id) {
        String row = page.substring(page.indexOf("id=\"row-" + id + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }
}
