package org.evidencereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.article.Passage;
import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Baidu/Sora article edited after its claims were written: sentences inserted, reworded, moved,
 * duplicated and deleted. Each figure is placed again where it now stands, with a warning when the
 * quote no longer matches as written, or reported as an orphan; never attached elsewhere.
 */
class EditedArticleTest {

    private static final Path ARTICLE = Path.of("articles/baidu-sora.md");
    private static final Path CLAIMS = Path.of("claims/baidu-sora");
    private static final String POWER_SENTENCE = "以每片H100的功耗为700W计算";

    private static ReaderArticle original;

    @BeforeAll
    static void loadTheShippedArticle() {
        original = LibraryLoader.standard(Path.of("articles"), Path.of("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();
        assertThat(anchoring(original)).isEmpty();
    }

    /** The article with {@code edit} applied to its text (and {@code claimEdit} to power.yaml), loaded from {@code dir}. */
    private static ReaderArticle load(Path dir, UnaryOperator<String> edit, UnaryOperator<String> powerEdit)
            throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path claims = Files.createDirectories(dir.resolve("claims/baidu-sora"));
        String text = Files.readString(ARTICLE);
        String edited = edit.apply(text);
        assertThat(edited).as("the edit changes the article").isNotEqualTo(text);
        Files.writeString(articles.resolve("baidu-sora.md"), edited);
        try (Stream<Path> files = Files.list(CLAIMS)) {
            for (Path file : files.toList()) {
                String yaml = Files.readString(file);
                Files.writeString(
                        claims.resolve(file.getFileName().toString()),
                        file.getFileName().toString().equals("power.yaml") ? powerEdit.apply(yaml) : yaml);
            }
        }
        return LibraryLoader.standard(articles, dir.resolve("claims"))
                .load()
                .article("baidu-sora")
                .orElseThrow();
    }

    private static ReaderArticle load(Path dir, UnaryOperator<String> edit) throws IOException {
        return load(dir, edit, UnaryOperator.identity());
    }

    private static Anchor anchor(ReaderArticle article, String figureId) {
        return article.figure(figureId)
                .orElseThrow()
                .anchor()
                .orElseThrow(() -> new AssertionError(figureId + " is not placed"));
    }

    private static String marked(ReaderArticle article, String figureId) {
        Anchor anchor = anchor(article, figureId);
        return passage(article, anchor.passageId())
                .text()
                .substring(anchor.mark().start(), anchor.mark().end());
    }

    private static Passage passage(ReaderArticle article, String id) {
        return article.article().passage(id).orElseThrow();
    }

    private static String passageHolding(ReaderArticle article, String words) {
        return article.article().passages().stream()
                .filter(p -> p.text().contains(words))
                .map(Passage::id)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }

    /** What anchoring reported: every diagnostic except coverage's "number … is not annotated" warnings. */
    private static List<Diagnostic> anchoring(ReaderArticle article) {
        return article.diagnostics().stream()
                .filter(d -> !d.message().startsWith("the number '"))
                .toList();
    }

    private static List<String> messages(ReaderArticle article) {
        return anchoring(article).stream().map(Diagnostic::message).toList();
    }

    /** The article's one paragraph (with its blank line) that holds {@code words}. */
    private static String paragraphWith(String text, String words) {
        int at = text.indexOf(words);
        int start = text.lastIndexOf("\n\n", at) + 2;
        int end = text.indexOf("\n\n", at);
        return text.substring(start, end + 2);
    }

    @Test
    void findsEveryQuoteAgainAfterASentenceIsInsertedBeforeAQuotedOne(@TempDir Path dir) throws IOException {
        String inserted = "据估算,这些GPU一年的电费同样不菲。";
        ReaderArticle edited = load(dir, text -> text.replace(POWER_SENTENCE, inserted + POWER_SENTENCE));

        assertThat(anchoring(edited)).isEmpty();
        Anchor before = anchor(original, "h100-power");
        Anchor after = anchor(edited, "h100-power");
        assertThat(after.passageId()).isEqualTo(before.passageId());
        assertThat(after.mark().start()).isEqualTo(before.mark().start() + inserted.length());
        assertThat(after.match()).isEqualTo(Anchor.Match.EXACT);
        assertThat(marked(edited, "h100-power")).isEqualTo("700W");
        assertThat(edited.figuresInText()).hasSameSizeAs(original.figuresInText());
    }

    @Test
    void followsEveryFigureIntoTheNextPassageWhenAParagraphIsInsertedAtTheTop(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> text.replace("\n自打ChatGPT", "\n编者按:本文转载时有删节。\n\n自打ChatGPT"));

        assertThat(anchoring(edited)).isEmpty();
        assertThat(edited.figuresInText())
                .hasSameSizeAs(original.figuresInText())
                .allSatisfy(f -> {
                    Anchor was = anchor(original, f.id());
                    int number = Integer.parseInt(was.passageId().substring(2));
                    assertThat(f.anchor().orElseThrow().passageId()).as(f.id()).isEqualTo("p-" + (number + 1));
                    assertThat(marked(edited, f.id())).as(f.id()).isEqualTo(marked(original, f.id()));
                });
    }

    @Test
    void placesAQuoteWhoseCommaBecameFullWidthWithAWarning(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> text.replace("投入周期太长,10年", "投入周期太长，10年"));

        assertThat(edited.hasErrors()).isFalse();
        assertThat(messages(edited))
                .containsExactly(
                        "quote of 'baidu-payback-years' matched only after normalising "
                                + "(the article writes '，' for ','): update the quote to the article's text "
                                + "'投入周期太长，10年、20年可能都拿不到业务收益'",
                        // the statement around that figure holds the same comma
                        "quote of statement 'li-payback-remark' matched only after normalising (the article writes"
                                + " '，' for ','): update the quote to the article's text"
                                + " '对此李彦宏表示,Sora这种视频生成模型的投入周期太长，10年、20年可能都拿不到业务收益'");
        assertThat(anchoring(edited))
                .filteredOn(d -> d.file().endsWith("claims/baidu-sora/statements.yaml"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).isEqualTo(18);
                    assertThat(d.column()).isEqualTo(12);
                });
        assertThat(anchor(edited, "baidu-payback-years").match()).isEqualTo(Anchor.Match.NORMALISED);
        assertThat(marked(edited, "baidu-payback-years")).isEqualTo("10年、20年");
    }

    @Test
    void placesAQuoteWithAWordChangedApproximatelyWithAWarning(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> text.replace(POWER_SENTENCE, "以每块H100的功耗为700W计算"));

        String passageId = anchor(original, "h100-power").passageId();
        assertThat(messages(edited))
                .containsExactly("quote of 'h100-power' not found exactly; placed at " + passageId
                        + " '每块H100的功耗为700W' with similarity 0.92: update the quote to the article's text");
        assertThat(anchor(edited, "h100-power").passageId()).isEqualTo(passageId);
        assertThat(anchor(edited, "h100-power").match()).isEqualTo(Anchor.Match.APPROXIMATE);
        assertThat(marked(edited, "h100-power")).isEqualTo("700W");
        assertThat(edited.figure("h100-power").orElseThrow().check())
                .isEqualTo(org.evidencereader.figure.Consistency.CONSISTENT);
    }

    @Test
    void followsAParagraphThatWasMovedToTheEnd(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> {
            String paragraph = paragraphWith(text, "4211至10528片");
            return text.replace(paragraph, "") + "\n" + paragraph.strip() + "\n";
        });

        assertThat(anchoring(edited)).isEmpty();
        String last = edited.article()
                .passages()
                .get(edited.article().passages().size() - 1)
                .id();
        assertThat(anchor(edited, "training-gpus").passageId()).isEqualTo(last);
        assertThat(anchor(edited, "inference-gpus").passageId()).isEqualTo(last);
        assertThat(marked(edited, "training-gpus")).isEqualTo("4211至10528片");
    }

    @Test
    void reportsEveryQuoteOfADuplicatedParagraphAsOccurringTwice(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> {
            String paragraph = paragraphWith(text, POWER_SENTENCE);
            return text.replace(paragraph, paragraph + paragraph);
        });

        String where = passageHolding(edited, POWER_SENTENCE);
        assertThat(where).matches("p-\\d+, p-\\d+");
        assertThat(messages(edited))
                .contains("quote of 'h100-power' occurs 2 times in "
                        + edited.article().file() + " ("
                        + where
                        + "): add neighbouring words until it is unique, or give a 'prefix' or 'suffix' (the words "
                        + "right before or after it)");
        assertThat(edited.figure("h100-power").orElseThrow().isInText()).isFalse();
        assertThat(edited.figure("total-power").orElseThrow().isInText()).isFalse();
        assertThat(edited.figure("training-gpus").orElseThrow().isInText()).isTrue();
    }

    @Test
    void letsAPrefixPickTheOriginalOfADuplicatedParagraph(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(
                dir,
                text -> {
                    String paragraph = paragraphWith(text, POWER_SENTENCE);
                    return text.replace(paragraph, paragraph + paragraph.replace("以每片H100", "若按每片H100"));
                },
                yaml -> yaml.replace("    quote: 每片H100的功耗为700W\n", "    quote: 每片H100的功耗为700W\n    prefix: 以\n"));

        String originalPassage = anchor(original, "h100-power").passageId();
        assertThat(anchor(edited, "h100-power").passageId()).isEqualTo(originalPassage);
        assertThat(marked(edited, "h100-power")).isEqualTo("700W");
        assertThat(messages(edited))
                .noneMatch(m -> m.contains("'h100-power'"))
                .anyMatch(m -> m.startsWith("quote of 'total-power' occurs 2 times"));
    }

    @Test
    void reportsAFigureWhoseSentenceWasDeletedAsAnOrphanThatNothingInTheArticleResembles(@TempDir Path dir)
            throws IOException {
        ReaderArticle edited = load(dir, text -> text.replace(",而大亚湾核电站的总装机容量为612万千瓦", ""));

        assertThat(anchoring(edited)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).endsWith("claims/baidu-sora/power.yaml");
            assertThat(d.line()).isEqualTo(60);
            // Noise cut from another sentence is no candidate: the advice is for a deleted sentence.
            assertThat(d.message())
                    .startsWith("quote of 'daya-bay-base-capacity' not found in "
                            + edited.article().file()
                            + ", so it is an orphan: nothing like it is left in the article (the closest words, '")
                    .containsPattern(
                            "' in p-\\d+, share only 0\\.[0-2]\\d of it\\): if the sentence was removed, delete 'quote'")
                    .contains("so that the figure is implied, or delete the figure");
        });
        Figure orphan = edited.figure("daya-bay-base-capacity").orElseThrow();
        assertThat(orphan.isInText()).isFalse();
        assertThat(orphan.value()).isPresent();
        assertThat(edited.figure("share-of-daya-bay-base").orElseThrow().value())
                .isPresent();
    }

    @Test
    void refusesTheOldPlaceOfAQuoteWhoseNumberWasChanged(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(dir, text -> text.replace(POWER_SENTENCE, "以每片H100的功耗为750W计算"));

        assertThat(messages(edited))
                .containsExactly(
                        "quote of 'h100-power' not found in " + edited.article().file()
                                + ", so it is an orphan: best candidate '每片H100的功耗为750W' in "
                                + anchor(original, "h100-power").passageId()
                                + " scored 0.92 (threshold 0.85) — refused because the stated number '700W' is not in it; copy the words "
                                + "exactly from the article (a quote may not span two paragraphs)");
        assertThat(edited.figure("h100-power").orElseThrow().isInText()).isFalse();
    }

    @Test
    void refusesAReworderedQuoteThatNowFitsTwoPlacesEquallyWell(@TempDir Path dir) throws IOException {
        ReaderArticle edited = load(
                dir,
                text -> text.replace(POWER_SENTENCE, "以每块H100的功耗为700W计算")
                        .replace("\n更为致命的一点", "\n若每张H100的功耗为700W,电费更高。\n\n更为致命的一点"));

        assertThat(messages(edited))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .startsWith("quote of 'h100-power' not found in "
                                + edited.article().file() + ", so it is an orphan: "
                                + "best candidate '每块H100的功耗为700W' in ")
                        .contains("scored 0.92 (threshold 0.85) — refused because '每张H100的功耗为700W' in ")
                        .contains(" scores 0.92 too, so the quote fits two places"));
        assertThat(edited.figure("h100-power").orElseThrow().isInText()).isFalse();
    }
}
