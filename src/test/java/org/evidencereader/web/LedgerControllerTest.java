package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LedgerController.class)
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class LedgerControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void csvHasAHeaderAndOneRowPerFigureForSpreadsheets() throws Exception {
        String csv = mvc.perform(get("/articles/demo/ledger.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"demo-ledger.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertThat(lines[0])
                .isEqualTo(
                        "\uFEFFid,label,labelEn,passageId,stated,low,high,unit,value,si,formula,check,verdict,note,sources");
        assertThat(lines).hasSize(5);
        assertThat(csv)
                .contains(
                        "server-power,服务器功耗,\"server power\",p-2,5600W,5600,5600,W,\"5.6 kW\",\"5,600 W\","
                                + "\"gpus-per-server * gpu-power\",consistent,,,\"Maker: GPU datasheet <https://example.org/datasheet>\"");
    }

    /** Every row and cell worked out from the fixture's claim file (src/test/resources/fixtures/library). */
    @Test
    void jsonHasTheSameRows() throws Exception {
        String datasheet = "Maker: GPU datasheet <https://example.org/datasheet>";
        mvc.perform(get("/articles/demo/ledger.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].id")
                        .value(contains("gpus-per-server", "gpu-power", "server-power", "server-power-share")))
                .andExpect(jsonPath("$[*].label").value(contains("每台服务器的GPU数", "单片GPU功耗", "服务器功耗", "单片占比")))
                .andExpect(jsonPath("$[*].labelEn")
                        .value(contains("GPUs per server", "power per GPU", "server power", "share of one GPU")))
                // The heading is p-1; the three quotes are in the first paragraph; the share is implied.
                .andExpect(jsonPath("$[0].passageId").value("p-2"))
                .andExpect(jsonPath("$[1].passageId").value("p-2"))
                .andExpect(jsonPath("$[2].passageId").value("p-2"))
                .andExpect(jsonPath("$[3].passageId").doesNotExist())
                .andExpect(jsonPath("$[1].stated").value("700W"))
                .andExpect(jsonPath("$[2].stated").value("5600W"))
                .andExpect(jsonPath("$[3].stated").doesNotExist())
                // In base units: 8 GPU; 700 W; 8 × 700 W = 5,600 W; 700 W ÷ 5,600 W = 0.125.
                .andExpect(jsonPath("$[0].low").value(8))
                .andExpect(jsonPath("$[0].high").value(8))
                .andExpect(jsonPath("$[1].low").value(700))
                .andExpect(jsonPath("$[1].high").value(700))
                .andExpect(jsonPath("$[1].unit").value("W"))
                .andExpect(jsonPath("$[2].low").value(5600))
                .andExpect(jsonPath("$[2].high").value(5600))
                .andExpect(jsonPath("$[2].unit").value("W"))
                .andExpect(jsonPath("$[3].low", closeTo(0.125, 1e-12), Double.class))
                .andExpect(jsonPath("$[3].high", closeTo(0.125, 1e-12), Double.class))
                .andExpect(jsonPath("$[0].formula").doesNotExist())
                .andExpect(jsonPath("$[1].formula").doesNotExist())
                .andExpect(jsonPath("$[2].formula").value("gpus-per-server * gpu-power"))
                .andExpect(jsonPath("$[3].formula").value("gpu-power / server-power"))
                .andExpect(jsonPath("$[2].check").value("consistent"))
                .andExpect(jsonPath("$[1].verdict").value("approximate"))
                .andExpect(jsonPath("$[0].verdict").doesNotExist())
                .andExpect(
                        jsonPath("$[1].note").value("700 W is the maximum </script><script>alert(1)</script> & more."))
                // Each figure rests on the datasheet, the derived ones through their inputs.
                .andExpect(jsonPath("$[0].sources").value(contains(datasheet)))
                .andExpect(jsonPath("$[1].sources").value(contains(datasheet)))
                .andExpect(jsonPath("$[2].sources").value(contains(datasheet)))
                .andExpect(jsonPath("$[3].sources").value(contains(datasheet)));
    }

    @Test
    void unknownArticleIsAProblem() throws Exception {
        mvc.perform(get("/articles/nope/ledger.csv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
