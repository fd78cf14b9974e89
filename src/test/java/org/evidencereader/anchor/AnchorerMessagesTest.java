package org.evidencereader.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencereader.article.Article;
import org.evidencereader.article.FrontMatter;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.Definition;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.Label;
import org.evidencereader.claim.NotClaim;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;
import org.junit.jupiter.api.Test;

/** An orphaned or ambiguous quote is explained in the editor's language: English and Chinese. */
class AnchorerMessagesTest {

    private static final SourcePosition AT = new SourcePosition("claims/spec/a.yaml", 2, 3);

    private final Anchorer anchorer = new Anchorer();

    @Test
    void aQuoteWhoseNumberWasEditedIsAnOrphanInBothLanguages() {
        Article article = article("以每片H100的功耗为700W计算，72万片的总功耗就将达到50.4万千瓦。");
        List<Diagnostic> problems = new ArrayList<>();

        assertThat(anchorer.place(article, figure("以每片H100的功耗为750W计算"), problems))
                .isEmpty();

        Diagnostic orphan = problems.get(0);
        assertThat(orphan.message())
                .isEqualTo("quote of 'total-power' not found in articles/spec.md, so it is an orphan: best candidate"
                        + " '以每片H100的功耗为700W计算' in p-1 scored 0.94 (threshold 0.85) — refused because the number"
                        + " '750W' is not in it; copy the words exactly from the article (a quote may not span two"
                        + " paragraphs)");
        assertThat(orphan.message(Locale.CHINESE))
                .isEqualTo("在 articles/spec.md 中找不到“total-power”的引文，因此它成了孤立的引文：最接近的是 p-1 中的"
                        + "“以每片H100的功耗为700W计算”，得分 0.94（门槛 0.85），但没有采用，因为其中没有数字“750W”；"
                        + "请从文章中原样复制这几个字（引文不能跨两个段落）");
    }

    @Test
    void aQuoteFoundTwiceAsksForContextInChinese() {
        Article article = article("成本约为300元。", "售价约为300元。");
        List<Diagnostic> problems = new ArrayList<>();

        anchorer.place(article, new NotClaim("300元", null, null, null, new Label("举例", null), AT), problems);

        assertThat(problems)
                .singleElement()
                .satisfies(d -> assertThat(d.message(Locale.CHINESE))
                        .isEqualTo("不核对项“300元”的引文在 articles/spec.md 中出现了 2 次（p-1, p-2）：请加上相邻的字直到它唯一，"
                                + "或者给出“prefix”或“suffix”（紧挨在它前面或后面的字）"));
    }

    private static Article article(String... texts) {
        List<Passage> passages = new ArrayList<>();
        for (String text : texts) {
            passages.add(new Passage("p-" + (passages.size() + 1), PassageKind.PARAGRAPH, text, List.of()));
        }
        return new Article(
                "spec",
                "articles/spec.md",
                new FrontMatter("spec", null, null, null, null, null, null, Map.of()),
                passages);
    }

    private static FigureDef figure(String quote) {
        return new FigureDef(
                "total-power",
                new Label("总功耗", null),
                quote,
                null,
                null,
                null,
                new Definition.Sourced(Quantity.parse("700 W")),
                List.of(),
                null,
                null,
                AT,
                AT);
    }
}
