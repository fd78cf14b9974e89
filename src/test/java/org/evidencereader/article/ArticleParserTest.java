package org.evidencereader.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(new HanLpSentenceSplitter());

    @Test
    void readsFrontMatterAndNumbersBlocksAsPassagesInOrder() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", """
                ---
                title: 标题
                title-en: Title
                lang: zh-CN
                disclaimer: 转载声明
                ---

                # 小标题

                第一段。第二句。

                第二段
                """);

        Article article = result.article().orElseThrow();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(article.meta().title()).isEqualTo("标题");
        assertThat(article.meta().titleEnglish()).contains("Title");
        assertThat(article.meta().disclaimerText()).contains("转载声明");
        assertThat(article.passages()).extracting(Passage::id).containsExactly("p-1", "p-2", "p-3");
        assertThat(article.passages().get(0).kind()).isEqualTo(PassageKind.HEADING_1);
        assertThat(article.passages().get(1).text()).isEqualTo("第一段。第二句。");
        assertThat(article.passages().get(1).sentences()).hasSize(2);
        assertThat(article.passages().get(1).sentence(1)).isEqualTo("第二句。");
    }

    /** A date or version written as a number is shown as written, not as the number it reads as (2024.1). */
    @Test
    void keepsFrontMatterValuesAsWritten() {
        FrontMatter meta =
                parser.parse("demo", "d.md", """
                ---
                title: 2024
                written: 2024.10
                added:
                tags: [政策, 2.50]
                ---
                正文
                """).article().orElseThrow().meta();

        assertThat(meta.title()).isEqualTo("2024");
        assertThat(meta.writtenWhen()).contains("2024.10");
        assertThat(meta.addedWhen()).isEmpty();
        assertThat(meta.extra()).containsExactly(java.util.Map.entry("tags", "[\"政策\",\"2.50\"]"));
    }

    @Test
    void warnsOfAFrontMatterKeyWrittenTwiceAndUsesTheLaterOne() {
        ArticleParser.Result result =
                parser.parse("demo", "articles/demo.md", "---\ntitle: 旧\nlang: zh-CN\ntitle: 新\n---\n正文\n");

        assertThat(result.article().orElseThrow().meta().title()).isEqualTo("新");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:4:1: warning: "
                                + "duplicate front matter key 'title' (first written at line 2): this later one is used; remove one of them");
    }

    @Test
    void refusesFrontMatterWithMoreAfterItsKeys() {
        // '--- more' is not the closing line (which is '---' alone): to YAML it starts a second document
        ArticleParser.Result second =
                parser.parse("demo", "articles/demo.md", "---\ntitle: t\n--- written: 2024\n---\n正文\n");
        ArticleParser.Result flow =
                parser.parse("demo", "articles/demo.md", "---\n{title: t}\nwritten: 2024\n---\n正文\n");

        assertThat(second.article()).isEmpty();
        assertThat(second.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:3:5: error: "
                                + "front matter must be one set of 'key: value' lines: remove what follows them, or move it into them");
        assertThat(flow.article()).isEmpty();
        assertThat(flow.diagnostics())
                .extracting(Diagnostic::toString)
                .singleElement()
                .asString()
                .startsWith("articles/demo.md:3:")
                .contains("front matter is not valid YAML");
    }

    @Test
    void linksAddressesWhateverTheirPathAndQuerySay() {
        Passage passage = parser.parse("demo", "d.md", """
                ---
                title: t
                ---
                [甲](https://ex.com/s?q=a|b)[乙](https://ex.com/a[1]/100%)[丙](<https://ex.com/a b>)<https://ex.com/#a#b>
                """)
                .article()
                .orElseThrow()
                .passages()
                .get(0);

        assertThat(passage.inlines())
                .extracting(i -> ((Inline.Link) i).href())
                .containsExactly(
                        "https://ex.com/s?q=a|b",
                        "https://ex.com/a[1]/100%",
                        "https://ex.com/a%20b",
                        "https://ex.com/#a#b");
    }

    /** A YAML mistake in the front matter is named at its line in the file, and so is where an unclosed brace opened. */
    @Test
    void namesAFrontMatterMistakeAtItsLineInTheFile() {
        ArticleParser.Result result =
                parser.parse("demo", "d.md", "---\ntitle: t\nauthors: {a: 1\nlang: zh\n---\n\n正文。\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("d.md:4:5: error: front matter is "
                        + "not valid YAML: inside the '{' at line 3, column 10: add ',' between its entries, or close it with '}' "
                        + "(or write one key per line without braces)");
    }

    /** Markdown marks and joined lines make offsets in the text differ from columns in the file. */
    @Test
    void knowsWhereInTheFileEachCharacterOfAPassageWasWritten() {
        Passage passage = parser.parse("demo", "d.md", """
                ---
                title: t
                ---
                第一行**加粗**有
                第二行[链接](https://x.org)和7台，`代码`与&amp;8台。
                """)
                .article()
                .orElseThrow()
                .passages()
                .get(0);

        assertThat(passage.text()).isEqualTo("第一行加粗有第二行链接和7台，代码与&8台。");
        assertThat(passage.origin(0)).contains(new Passage.Origin(0, 4, 1));
        assertThat(passage.origin(3)).contains(new Passage.Origin(3, 4, 6));
        assertThat(passage.origin(6)).contains(new Passage.Origin(6, 5, 1));
        assertThat(passage.origin(12)).contains(new Passage.Origin(12, 5, 24));
        assertThat(passage.origin(15)).contains(new Passage.Origin(15, 5, 28));
        assertThat(passage.origin(17))
                .as("after an entity, the file has more characters than the text")
                .contains(new Passage.Origin(17, 5, 31));
        assertThat(passage.origin(19)).as("the 8 after &amp;").contains(new Passage.Origin(19, 5, 37));
    }

    /** Escapes and entities stand for fewer characters than they take in the file: columns after them still point at the right place. */
    @Test
    void followsTheTextPastEscapesAndEntities() {
        String line = "单价\\*约&lt;2元&#x1F600;，功耗&NotEqualTilde;与 \\ 700W & 8 &foo; 5台";
        Passage passage = parser.parse("demo", "d.md", "---\ntitle: t\n---\n" + line + "\n")
                .article()
                .orElseThrow()
                .passages()
                .get(0);

        String text = passage.text();
        assertThat(text).isEqualTo("单价*约<2元\uD83D\uDE00，功耗\u2242\u0338与 \\ 700W & 8 &foo; 5台");
        for (String wanted : java.util.List.of("约", "2元", "，功耗", "与", "700W", "8", "&foo;", "5台")) {
            int offset = text.indexOf(wanted);
            int column = line.indexOf(wanted) + 1;
            assertThat(passage.origin(offset)).as(wanted).contains(new Passage.Origin(offset, 4, column));
        }
    }

    @Test
    void keepsInlineFormattingAsSpansOverThePlainText() {
        ArticleParser.Result result = parser.parse("demo", "d.md", """
                ---
                title: t
                ---
                正文**加粗**和*强调*，见[智东西](https://zhidx.com/p/1)与`代码`；**[嵌套](mailto:a@example.org)**。
                """);

        Passage passage = result.article().orElseThrow().passages().get(0);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(passage.text()).isEqualTo("正文加粗和强调，见智东西与代码；嵌套。");
        assertThat(passage.inlines())
                .containsExactly(
                        new Inline.Strong(2, 4),
                        new Inline.Emphasis(5, 7),
                        new Inline.Link(9, 12, "https://zhidx.com/p/1"),
                        new Inline.Code(13, 15),
                        new Inline.Strong(16, 18),
                        new Inline.Link(16, 18, "mailto:a@example.org"));
    }

    /**
     * CommonMark does not take '**' between a Chinese character and Chinese punctuation outside it as
     * strong; inside the punctuation it does. The README tells editors so.
     */
    @Test
    void takesStrongInsideChinesePunctuationNotOutsideIt() {
        Passage outside = parser.parse("demo", "d.md", "---\ntitle: t\n---\n这是**“重点”**。\n")
                .article()
                .orElseThrow()
                .passages()
                .get(0);
        Passage inside = parser.parse("demo", "d.md", "---\ntitle: t\n---\n这是“**重点**”。\n")
                .article()
                .orElseThrow()
                .passages()
                .get(0);

        assertThat(outside.text()).isEqualTo("这是**“重点”**。");
        assertThat(outside.inlines()).isEmpty();
        assertThat(inside.text()).isEqualTo("这是“重点”。");
        assertThat(inside.inlines()).containsExactly(new Inline.Strong(3, 5));
    }

    @Test
    void showsALinkThatIsNotHttpOrMailtoAsTextWithAWarningAtItsPlace() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", """
                ---
                title: t
                ---

                第一段。

                请看[这里](javascript:alert(1))和[那里](/etc/passwd)。
                """);

        Passage passage = result.article().orElseThrow().passages().get(1);
        assertThat(passage.text()).isEqualTo("请看这里和那里。");
        assertThat(passage.inlines()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:7:3: warning: the link to 'javascript:alert(1)' is shown as text: only http://, https:// and mailto: addresses are linked",
                        "articles/demo.md:7:29: warning: the link to '/etc/passwd' is shown as text: only http://, https:// and mailto: addresses are linked");
    }

    @Test
    void shiftsSpansWhenTheTextIsTrimmed() {
        Passage passage = parser.parse("demo", "d.md", "---\ntitle: t\n---\n# *标题* 与 `x`  \n")
                .article()
                .orElseThrow()
                .passages()
                .get(0);

        assertThat(passage.text()).isEqualTo("标题 与 x");
        assertThat(passage.inlines()).containsExactly(new Inline.Emphasis(0, 2), new Inline.Code(5, 6));
    }

    @Test
    void joinsChineseLinesWithoutSpacesAndEnglishLinesWithOne() {
        Article article = parser.parse("demo", "d.md", "---\ntitle: t\n---\n中文第一行\n第二行\n\nEnglish line\nnext line\n")
                .article()
                .orElseThrow();
        assertThat(article.passages()).extracting(Passage::text).containsExactly("中文第一行第二行", "English line next line");
    }

    @Test
    void keepsRawHtmlAsTextRatherThanMarkup() {
        Article article = parser.parse("demo", "d.md", "---\ntitle: t\n---\n文字<script>alert(1)</script>文字\n")
                .article()
                .orElseThrow();
        assertThat(article.passages().get(0).text()).isEqualTo("文字<script>alert(1)</script>文字");
    }

    @Test
    void reportsAnArticleWithoutFrontMatterAtLineOne() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", "正文\n");
        assertThat(result.article()).isEmpty();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:1:1: error: the article has no front matter: start it with '---', a line 'title: …', and '---'");
    }

    @Test
    void aMisspeltTitleKeyIsNamed() {
        assertThat(parser.parse("demo", "articles/demo.md", "---\ntitel: 演示\n---\n正文\n")
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:2:1: error: front matter has no 'title': add 'title: …' (or rename 'titel', which"
                                + " looks like a misspelt 'title')");
        assertThat(parser.parse("demo", "articles/demo.md", "---\nauthor: 某\n---\n正文\n")
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("articles/demo.md:2:1: error: front matter has no 'title': add 'title: …'");
    }

    @Test
    void saysAnEmptyArticleFileIsEmpty() {
        for (String empty : new String[] {"", "\n\n", "\uFEFF", "  \r\n"}) {
            assertThat(parser.parse("demo", "articles/demo.md", empty).diagnostics())
                    .extracting(Diagnostic::toString)
                    .as("%s", empty.codePoints().mapToObj(Integer::toHexString).toList())
                    .containsExactly(
                            "articles/demo.md:1:1: error: the file is empty: write the article back (front matter between"
                                    + " '---' lines with a 'title:', then the text), or delete the file to remove the article");
        }
    }

    @Test
    void reportsFrontMatterThatIsNeverClosed() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", "---\ntitle: t\n正文\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "articles/demo.md:1:1: error: front matter opened with '---' is never closed: add a line '---' after it");
    }

    @Test
    void reportsBrokenFrontMatterYamlAtTheLineInTheFile() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", "---\ntitle: t\nlang: [zh\n---\n正文\n");
        assertThat(result.article()).isEmpty();
        Diagnostic problem = result.diagnostics().get(0);
        assertThat(problem.file()).isEqualTo("articles/demo.md");
        assertThat(problem.line()).isGreaterThanOrEqualTo(3);
        assertThat(problem.message()).startsWith("front matter is not valid YAML");
    }

    @Test
    void refusesAFileNameThatIsNotASlug() {
        ArticleParser.Result result = parser.parse("Bad Name", "articles/Bad Name.md", "---\ntitle: t\n---\n");
        assertThat(result.article()).isEmpty();
        assertThat(result.diagnostics().get(0).message()).contains("is not a valid slug");
    }

    @Test
    void aMisspeltTitleIsExplainedInChineseAndInEnglish() {
        ArticleParser.Result result = parser.parse("demo", "articles/demo.md", "---\ntitel: 标题\n---\n正文\n");
        Diagnostic problem = result.diagnostics().get(0);
        assertThat(problem.message())
                .isEqualTo("front matter has no 'title': add 'title: …' (or rename 'titel', which looks like a misspelt"
                        + " 'title')");
        assertThat(problem.in(Locale.CHINESE))
                .isEqualTo("articles/demo.md:2:1: error: 前置元数据没有“title”：请加上“title: …”（或者把“titel”改名，"
                        + "它看起来像是拼错的“title”）");
    }

    @Test
    void aLinkAReaderMustNotFollowIsReportedInChinese() {
        ArticleParser.Result result =
                parser.parse("demo", "articles/demo.md", "---\ntitle: t\n---\n\n见[这里](javascript:alert(1))。\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message())
                    .isEqualTo("the link to 'javascript:alert(1)' is shown as text: only http://, https:// and mailto:"
                            + " addresses are linked");
            assertThat(d.message(Locale.CHINESE))
                    .isEqualTo("指向“javascript:alert(1)”的链接只显示为文字：只有以“http://”“https://”或“mailto:”开头的地址" + "才会成为链接");
        });
    }

    @Test
    void aFrontMatterAliasIsRefusedInChinese() {
        ArticleParser.Result result =
                parser.parse("demo", "articles/demo.md", "---\ntitle: &t 标题\ntitle-en: *t\n---\n正文\n");
        assertThat(result.article()).isEmpty();
        assertThat(result.diagnostics().get(0).message(Locale.CHINESE))
                .isEqualTo("前置元数据中不允许使用 YAML 锚点和别名（“&name”“*name”）：请把值完整写出来");
    }
}
