package org.evidencereader.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumeralParserTest {

  @Test
  void offsetsAreCharOffsetsIntoTheGivenString() {
    String text = "以每片H100的功耗为700W计算,72万片的总功耗就将达到50.4万千瓦";
    List<NumericMention> found = NumeralParser.find(text);
    assertEquals(3, found.size());
    assertEquals(11, found.get(0).start());
    assertEquals(15, found.get(0).end());
    for (NumericMention m : found) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
  }

  @Test
  void quantityOfAMentionUsesTheKnownUnitOrARatio() {
    assertEquals(
        Quantity.of(504000, Unit.parse("kW")),
        NumeralParser.parseOne("50.4万千瓦").orElseThrow().quantity().orElseThrow());
    assertEquals(
        Quantity.of(720000, Unit.ONE),
        NumeralParser.parseOne("72万张").orElseThrow().quantity().orElseThrow());
    assertEquals(
        Quantity.of(-38.49, Unit.PERCENT),
        NumeralParser.parseOne("下跌38.49%").orElseThrow().quantity().orElseThrow());
  }

  @Test
  void classifiersKeepTheirTextButHaveNoUnit() {
    for (String c : List.of("片", "张", "个", "台", "块", "段", "次")) {
      NumericMention m = NumeralParser.parseOne("3" + c).orElseThrow();
      assertEquals(c, m.unitText());
      assertTrue(m.unit().isEmpty(), c);
    }
  }

  @Test
  void findsEveryFigureOfTheArticle() throws IOException {
    Path article = Path.of("/work/shared/article/baidu-sora.zh.txt");
    if (!Files.exists(article)) {
      return; // the shared folder is not part of the repository
    }
    String text = Files.readString(article);
    List<String> found = NumeralParser.find(text).stream().map(NumericMention::text).toList();
    assertEquals(
        List.of("2024年第三季度", "10年、20年", "十秒", "一分钟", "4211至10528片", "1个月", "72万张", "10万片",
            "700W", "72万片", "50.4万千瓦", "612万千瓦", "1分钟", "一分钟", "5秒", "5s", "0.5—2元", "9月",
            "38.49%", "9.78%"),
        found);
  }
}
