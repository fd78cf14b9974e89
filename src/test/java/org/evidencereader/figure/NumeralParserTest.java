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
    void neverThrowsAndKeepsMentionsInOrderOnArbitraryText() {
        String alphabet = "0123456789.,-–—~、%％至到年月日第季度Q万亿千百十一二两三五九零片张个月元秒分钟WskMGHAPT- 下跌不到约的";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int previousEnd = 0;
            for (NumericMention m : NumeralParser.find(text)) {
                assertTrue(m.start() >= previousEnd, text);
                assertEquals(m.text(), text.substring(m.start(), m.end()), text);
                previousEnd = m.end();
            }
            NumeralParser.parseOne(text);
        }
    }

    @Test
    void variantsOfDigitsSignsAndPercent() {
        assertEquals(-5, NumeralParser.parseOne("利润-5%").orElseThrow().low());
        assertEquals(12.5, NumeralParser.parseOne("12.5％").orElseThrow().low());
        assertEquals(
                Unit.PERCENT,
                NumeralParser.parseOne("12.5％").orElseThrow().unit().orElseThrow());
        assertEquals(
                1_234_567, NumeralParser.parseOne("1,234,567元").orElseThrow().low());
        assertEquals(10, NumeralParser.parseOne("十月").orElseThrow().month().getAsInt());
        assertEquals(
                MentionKind.QUANTITY,
                NumeralParser.parseOne("20年").orElseThrow().kind());
        assertEquals(
                MentionKind.TIME_POINT,
                NumeralParser.parseOne("2020年").orElseThrow().kind());
        assertTrue(NumeralParser.find("GPT-4o和4K视频").isEmpty());
    }

    @Test
    void findsEveryFigureOfTheArticle() throws IOException {
        // The shipped article: its text after the front matter is the source text verbatim.
        String file = Files.readString(Path.of("articles/baidu-sora.md"));
        String text = file.substring(file.indexOf("\n---\n", 4) + 5);
        List<String> found =
                NumeralParser.find(text).stream().map(NumericMention::text).toList();
        assertEquals(
                List.of(
                        "2024年第三季度",
                        "10年、20年",
                        "十秒",
                        "一分钟",
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
                        "5s",
                        "0.5—2元",
                        "9月",
                        "38.49%",
                        "9.78%"),
                found);
    }
}
