package org.evidencereader.web;

import org.evidencereader.site.StaticAssets;
import org.evidencereader.site.SiteCache;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("\uFEFFid,label,labelEn,passageId,stated,low,high,unit,value,si,formula,check,verdict,note,sources");
        assertThat(lines).hasSize(5);
        assertThat(csv).contains("server-power,服务器功耗,\"server power\",p-2,5600W,5600,5600,W,\"5.6 kW\",\"5,600 W\","
                + "\"gpus-per-server * gpu-power\",consistent,,,\"Maker: GPU datasheet <https://example.org/datasheet>\"");
    }

    @Test
    void jsonHasTheSameRows() throws Exception {
        mvc.perform(get("/articles/demo/ledger.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[1].id").value("gpu-power"))
                .andExpect(jsonPath("$[1].verdict").value("approximate"))
                .andExpect(jsonPath("$[1].sources[0]").value("Maker: GPU datasheet <https://example.org/datasheet>"));
    }

    @Test
    void unknownArticleIsAProblem() throws Exception {
        mvc.perform(get("/articles/nope/ledger.csv")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
