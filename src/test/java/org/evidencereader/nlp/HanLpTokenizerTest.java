package org.evidencereader.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HanLpTokenizerTest {

    private static final Tokenizer TOKENIZER = new HanLpTokenizer();

    private static List<String> words(String text) {
        return TOKENIZER.tokenize(text).stream().map(Token::toString).toList();
    }

    @Test
    void keepsTenThousandKilowattsAsOneUnit() {
        assertThat(words("总功耗就将达到50.4万千瓦")).endsWith("50.4/m", "万千瓦/q");
        assertThat(words("总装机容量为612万千瓦")).endsWith("612/m", "万千瓦/q");
    }

    @Test
    void keepsMonthsAndQuartersWhole() {
        assertThat(words("训练了1个月")).endsWith("1/m", "个月/q");
        assertThat(words("百度2024年第三季度总监会")).contains("2024/m", "第三季度/t");
    }

    @Test
    void givesTheThousandBackToKilowattsWhenANumeralTookIt() {
        assertThat(words("十万千瓦的电站")).startsWith("十万/m", "千瓦/q");
        assertThat(words("三千瓦的电炉")).startsWith("三/m", "千瓦/q");
    }

    @Test
    void splitsGluedSymbolsIntoPunctuation() {
        assertThat(words("份额为5%-10%")).endsWith("5/m", "%/w", "-/w", "10/m", "%/w");
        assertThat(words("10~20秒")).contains("~/w");
    }

    @Test
    void doesNotLetAGuessedPersonNameSwallowANumeral() {
        assertThat(words("抖音即梦两大最成熟的产品")).contains("两/m");
        assertThat(words("准备了两万张卡")).contains("两万/m", "张/q");
    }

    @Test
    void keepsAProductNameApartFromNothingButItsDigits() {
        assertThat(words("每片H100的功耗为700W")).contains("H/nx", "100/m", "700/m", "W/nx");
    }

    @Test
    void coversTheTextExactlyWithOffsets() {
        String text = "OpenAI训练Sora是用4211至10528片英伟达H100 GPU训练了1个月。\n  并且 5%-10%,约12.1倍";
        List<Token> tokens = TOKENIZER.tokenize(text);
        int at = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isEqualTo(at);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            at = t.end();
        }
        assertThat(at).isEqualTo(text.length());
        assertThat(TOKENIZER.tokenize("")).isEmpty();
    }

    @Test
    void leavesHanLpsSharedSegmenterAndDictionaryAsTheyWere() {
        new HanLpTokenizer();
        List<String> shared =
                HanLP.segment("总功耗就将达到50.4万千瓦").stream().map(Term::toString).toList();
        assertThat(shared).endsWith("50.4/m", "万千/m", "瓦/n");
        List<String> fresh =
                HanLP.newSegment().seg("训练了1个月").stream().map(Term::toString).toList();
        assertThat(fresh).endsWith("1/m", "个/q", "月/n");
    }

    @Test
    void givesTheSameWordsFromManyThreads() throws Exception {
        String text = "以每片H100的功耗为700W计算,72万片的总功耗就将达到50.4万千瓦,而大亚湾核电站的总装机容量为612万千瓦";
        List<Token> expected = TOKENIZER.tokenize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> TOKENIZER.tokenize(text)));
            }
            for (Future<List<Token>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The loader shares one tokenizer (one segmenter, one private dictionary) between its threads:
     * different texts segmented at the same time, touching the custom words and the repairs, must
     * come out as each does alone.
     */
    @Test
    void givesEachTextItsOwnWordsWhileOthersAreSegmentedAtTheSameTime() throws Exception {
        List<String> texts = List.of(
                "总功耗就将达到50.4万千瓦",
                "训练了1个月",
                "百度2024年第三季度总监会",
                "十万千瓦的电站",
                "三千瓦的电炉",
                "约12.1倍,5%-10%",
                "抖音即梦两大最成熟的产品",
                "OpenAI训练Sora是用4211至10528片英伟达H100 GPU训练了1个月。",
                "平均生成一段5s的视频收费在0.5—2元不等",
                "某产品在9月的总访问量环比下跌38.49%。");
        List<List<Token>> expected = texts.stream().map(TOKENIZER::tokenize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Token>>>> results = new ArrayList<>();
            for (int round = 0; round < 32; round++) {
                int shift = round;
                results.add(pool.submit(() -> {
                    List<List<Token>> got = new ArrayList<>(texts.size());
                    for (int i = 0; i < texts.size(); i++) {
                        got.add(null);
                    }
                    for (int i = 0; i < texts.size(); i++) {
                        int at = (i + shift) % texts.size(); // each task goes through the texts in another order
                        got.set(at, TOKENIZER.tokenize(texts.get(at)));
                    }
                    return got;
                }));
            }
            for (Future<List<List<Token>>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
