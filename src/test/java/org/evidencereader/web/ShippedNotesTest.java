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

/** Readers of the Chinese page read every note of the shipped article in Chinese, and readers of the English page in English. */
@WebMvcTest({PageController.class, WhatIfController.class})
@Import({ShippedLibrary.class, SiteCache.class, StaticAssets.class})
class ShippedNotesTest {

    private static final Pattern NOTE = Pattern.compile("<p class=\"(?:card-note|note)\" lang=\"(\\w+)\">([^<]*)</p>");
    private static final Pattern CARD = Pattern.compile("data-card-for=\"([a-z0-9-]+)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    MockMvc mvc;

    private String html(String path, String language) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String[]> notes(String page) {
        List<String[]> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(page);
        while (m.find()) {
            notes.add(new String[] {m.group(1), m.group(2)});
        }
        return notes;
    }

    @Test
    void everyNoteOnTheChinesePagesIsChinese() throws Exception {
        String reader = html("/articles/baidu-sora", "zh-CN");
        List<String[]> notes = new ArrayList<>(notes(reader));
        assertThat(notes).as("the cards' notes").hasSizeGreaterThan(15);
        Matcher card = CARD.matcher(reader);
        while (card.find()) {
            notes.addAll(notes(html("/articles/baidu-sora/figures/" + card.group(1), "zh-CN")));
        }
        assertThat(notes).allSatisfy(note -> {
            assertThat(note[0]).as(note[1]).isEqualTo("zh");
            assertThat(HAN.matcher(note[1]).find()).as(note[1]).isTrue();
        });
    }

    /**
     * Every check outcome a card can show has its words in both bundles: a missing key shows as
     * {@code ??line.check.rounded.sourced_zh_CN??}, which a reader cannot read.
     */
    @Test
    void everyTextOnTheShippedPagesComesFromTheBundles() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            for (String path : List.of(
                    "/articles/baidu-sora",
                    "/articles/baidu-sora/figures/training-gpus",
                    "/articles/baidu-sora/figures/clip-price")) {
                assertThat(html(path, language)).as(path + " in " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void theEnglishPageShowsTheEnglishNotes() throws Exception {
        List<String[]> notes = notes(html("/articles/baidu-sora", "en"));
        assertThat(notes)
                .hasSizeGreaterThan(15)
                .allSatisfy(note -> assertThat(note[0]).as(note[1]).isEqualTo("en"));
        assertThat(notes)
                .extracting(note -> note[1])
                .contains("About 3.1 to 7.7 million H100-hours (a month is taken as 730.5 h).");
    }
}
