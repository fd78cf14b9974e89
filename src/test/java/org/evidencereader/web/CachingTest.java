package org.evidencereader.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest({PageController.class, ApiController.class, LedgerController.class, AssetController.class})
@Import({FixtureLibrary.class, SiteCache.class, StaticAssets.class})
class CachingTest {

    @Autowired
    MockMvc mvc;

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesAPageWithAStrongEtagAndNoCacheAndAnswers304ToItsEtag() throws Exception {
        MvcResult first = mvc.perform(get("/articles/demo"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        mvc.perform(get("/articles/demo").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag));
        mvc.perform(get("/articles/demo").header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
        // The English page is another document with another tag.
        String english = mvc.perform(get("/articles/demo").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(english).isNotEqualTo(etag);
    }

    @Test
    void servesThePrecompressedPageToAClientThatTakesGzip() throws Exception {
        MvcResult plain = mvc.perform(get("/articles/demo")).andReturn();
        MvcResult gzip = mvc.perform(get("/articles/demo").header(HttpHeaders.ACCEPT_ENCODING, "br, gzip;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andReturn();
        byte[] body = gzip.getResponse().getContentAsByteArray();
        assertThat(gunzip(body)).isEqualTo(plain.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.length).isLessThan(plain.getResponse().getContentAsByteArray().length);
        assertThat(gzip.getResponse().getHeader(HttpHeaders.ETAG)).endsWith("-gz\"");
        mvc.perform(get("/articles/demo").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING));
        mvc.perform(get("/articles/demo")
                        .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                        .header(HttpHeaders.IF_NONE_MATCH, gzip.getResponse().getHeader(HttpHeaders.ETAG)))
                .andExpect(status().isNotModified());
    }

    @Test
    void servesJsonDocumentsAndLedgerDownloadsFromMemoryWithEtags() throws Exception {
        for (String path : new String[] {
            "/api/articles",
            "/api/articles/demo",
            "/api/articles/demo/figures/server-power",
            "/api/articles/demo/claimreview",
            "/api/diagnostics",
            "/articles/demo/ledger.json",
            "/articles/demo/ledger.csv"
        }) {
            MvcResult result = mvc.perform(get(path).header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                    .andReturn();
            String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).isNotNull();
            mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        }
        mvc.perform(get("/articles/demo/ledger.csv"))
                .andExpect(
                        header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"demo-ledger.csv\""));
        mvc.perform(get("/api/articles/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/articles/demo/figures/nope")).andExpect(status().isNotFound());
    }

    @Test
    void linksAssetsByHashedNameAndServesThemAsImmutable() throws Exception {
        String page =
                mvc.perform(get("/articles/demo")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("href=\"(/assets/css/reader\\.[0-9a-f]{8}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("the page links the hashed stylesheet").isTrue();
        assertThat(page).containsPattern("src=\"/assets/js/cards\\.[0-9a-f]{8}\\.js\"");
        mvc.perform(get(css.group(1)).header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/css;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
        mvc.perform(get("/assets/css/reader.00000000.css")).andExpect(status().isNotFound());
    }
}
