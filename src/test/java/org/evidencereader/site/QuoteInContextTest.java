package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentence around a quote: what the derivation page shows of the article. */
class QuoteInContextTest {

    @Test
    void keepsTheSentenceThatHoldsTheQuoteWithItsEndMark() {
        String text = "第一句。以每片700W计算,总功耗就将达到50.4万千瓦,相当于核电站!第三句。";
        int start = text.indexOf("50.4万千瓦");
        QuoteInContext q = QuoteInContext.around(text, start, start + "50.4万千瓦".length());
        assertThat(q).isEqualTo(new QuoteInContext("以每片700W计算,总功耗就将达到", "50.4万千瓦", ",相当于核电站!"));
    }

    @Test
    void aQuoteAtTheEdgesOfItsParagraphKeepsWhatThereIs() {
        assertThat(QuoteInContext.around("72万张", 0, 4)).isEqualTo(new QuoteInContext("", "72万张", ""));
        assertThat(QuoteInContext.around("前面。72万张\n后面", 3, 7)).isEqualTo(new QuoteInContext("", "72万张", ""));
    }

    @Test
    void aLongSentenceIsCutAroundTheQuote() {
        String side = "字".repeat(QuoteInContext.MAX_SIDE + 40);
        String text = side + "72万张" + side + "。";
        QuoteInContext q = QuoteInContext.around(text, side.length(), side.length() + 4);
        assertThat(q.before()).startsWith("…").hasSize(QuoteInContext.MAX_SIDE + 1);
        assertThat(q.after()).endsWith("…").hasSize(QuoteInContext.MAX_SIDE + 1);
    }
}
