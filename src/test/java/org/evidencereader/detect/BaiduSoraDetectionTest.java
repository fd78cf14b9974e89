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
import org.evidencereader.figure.NumeralParser;
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
        .parse("baidu-sora", "articles/baidu-sora.md", source).article().orElseThrow();
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
    assertThat(MENTIONS).extracting(NumericMention::text).containsExactly(
        "2024年第三季度", "10年、20年", "十秒", "一分钟", "两", "数倍", "4211至10528片", "1个月", "72万张", "10万片",
        "700W", "72万片", "50.4万千瓦", "612万千瓦", "1分钟", "一分钟", "5秒", "数秒", "5s", "0.5—2元", "9月",
        "38.49%", "9.78%");
  }

  @Test
  void agreesWithNumeralParserExceptForTwoMajorProducts() {
    List<NumericMention> parsed = new ArrayList<>();
    for (Passage passage : article.passages()) {
      parsed.addAll(NumeralParser.find(passage.text()));
    }
    List<NumericMention> detected = new ArrayList<>(MENTIONS);
    detected.removeIf(m -> m.text().equals("两") || m.kind() == org.evidencereader.figure.MentionKind.VAGUE);
    assertThat(detected).isEqualTo(parsed);
  }
}
