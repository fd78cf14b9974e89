package org.evidencereader.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanLpSentenceSplitterTest {

    private final SentenceSplitter splitter = new HanLpSentenceSplitter();

    @Test
    void splitsAtSentenceEndsButNotAtCommasAndKeepsOffsets() {
        String text = "以每片H100的功耗为700W计算,72万片的总功耗就将达到50.4万千瓦。而大亚湾核电站的总装机容量为612万千瓦!对吗?";
        List<TextSpan> sentences = splitter.split(text);

        assertThat(sentences)
                .extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("以每片H100的功耗为700W计算,72万片的总功耗就将达到50.4万千瓦。", "而大亚湾核电站的总装机容量为612万千瓦!", "对吗?");
    }

    @Test
    void keepsTextWithoutSentenceEndAsOneSentence() {
        String text = "免责声明";
        assertThat(splitter.split(text)).containsExactly(new TextSpan(0, 4));
    }

    @Test
    void coversEveryNonBlankCharacterInOrder() {
        String text = "第一句。第二句,还是第二句。 第三句";
        List<TextSpan> sentences = splitter.split(text);
        StringBuilder joined = new StringBuilder();
        int previousEnd = 0;
        for (TextSpan s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            joined.append(text, s.start(), s.end());
            previousEnd = s.end();
        }
        assertThat(joined.toString()).isEqualTo(text.replace(" ", ""));
    }
}
