package org.evidencereader.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evidencereader.article.Article;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.article.Passage;
import org.evidencereader.figure.MentionKind;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The detector over every passage of the first article, as shipped in articles/. */
class BaiduSoraDetectionTest {

    private static Article article;
    private static final List<NumericMention> MENTIONS = new ArrayList<>();

    @BeforeAll
    static void detect() throws IOException {
        String source = Files.readString(Path.of("articles", "baidu-sora.md"));
        article = new ArticleParser(new HanLpSentenceSplitter())
                .parse("baidu-sora", "articles/baidu-sora.md", source)
                .article()
                .orElseThrow();
        for (Passage passage : article.passages()) {
            List<NumericMention> found = DetectionSpecTest.DETECTOR.detect(passage.text());
            for (NumericMention m : found) {
                assertThat(passage.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
            MENTIONS.addAll(found);
        }
    }

    @Test
    void neverTakesTheH100ForAFigure() {
        assertThat(MENTIONS).extracting(NumericMention::text).noneMatch(t -> t.contains("H"));
        for (Passage passage : article.passages()) {
            int at = passage.text().indexOf("H100");
            while (at >= 0) {
                int h = at;
                assertThat(DetectionSpecTest.DETECTOR.detect(passage.text()))
                        .noneMatch(m -> m.start() < h + 4 && h < m.end());
                at = passage.text().indexOf("H100", at + 1);
            }
        }
    }

    /**
     * 23 numeric mentions: 21 exact ones and the two vague ones (数倍 "several times", 数秒 "a few
     * seconds"). 10年、20年 is one range; 一段 "a clip" is an article, not a count.
     */
    @Test
    void findsEveryFigureOfTheArticleInOrder() {
        assertThat(MENTIONS).hasSizeGreaterThanOrEqualTo(22);
        assertThat(MENTIONS)
                .extracting(NumericMention::text)
                .containsExactly(
                        "2024年第三季度",
                        "10年、20年",
                        "十秒",
                        "一分钟",
                        "两",
                        "数倍",
                        "4211至10528片",
                        "1个月",
                        "72万张",
                        "10万片",
                        "700W",
                        "72万片",
                        "50.4万千瓦",
                        "612万千瓦",
                        "1分钟",
                        "一分钟",
                        "5秒",
                        "数秒",
                        "5s",
                        "0.5—2元",
                        "9月",
                        "38.49%",
                        "9.78%");
    }

    /**
     * What each figure means, read from the article by hand: the low and high values (万 applied, a
     * fall signed negative) and the kind, so that the detector is checked against the text and not
     * against the parser it is built on.
     */
    @Test
    void readsEachFigureAsTheArticleMeansIt() {
        record Read(String text, double low, double high, MentionKind kind) {}
        MentionKind q = MentionKind.QUANTITY;
        List<Read> expected = List.of(
                new Read("10年、20年", 10, 20, q),
                new Read("十秒", 10, 10, q),
                new Read("一分钟", 1, 1, q),
                new Read("4211至10528片", 4211, 10528, q),
                new Read("1个月", 1, 1, q),
                new Read("72万张", 720_000, 720_000, q),
                new Read("10万片", 100_000, 100_000, q),
                new Read("700W", 700, 700, q),
                new Read("72万片", 720_000, 720_000, q),
                new Read("50.4万千瓦", 504_000, 504_000, q),
                new Read("612万千瓦", 6_120_000, 6_120_000, q),
                new Read("1分钟", 1, 1, q),
                new Read("一分钟", 1, 1, q),
                new Read("5秒", 5, 5, q),
                new Read("5s", 5, 5, q),
                new Read("0.5—2元", 0.5, 2, q),
                new Read("38.49%", -38.49, -38.49, MentionKind.PERCENT),
                new Read("9.78%", -9.78, -9.78, MentionKind.PERCENT));
        List<Read> read = MENTIONS.stream()
                .filter(m -> m.kind() != MentionKind.VAGUE
                        && m.kind() != MentionKind.TIME_POINT
                        && !m.text().equals("两"))
                .map(m -> new Read(m.text(), m.low(), m.high(), m.kind()))
                .toList();
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(MENTIONS)
                .filteredOn(m -> m.kind() == MentionKind.VAGUE)
                .extracting(NumericMention::text)
                .containsExactly("数倍", "数秒");
        assertThat(MENTIONS)
                .filteredOn(m -> m.kind() == MentionKind.TIME_POINT)
                .extracting(NumericMention::text)
                .containsExactly("2024年第三季度", "9月");
    }
}
