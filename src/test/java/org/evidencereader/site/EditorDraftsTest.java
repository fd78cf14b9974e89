package org.evidencereader.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.CpuTime;
import org.evidencereader.article.Passage;
import org.evidencereader.library.Coverage;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drafts an editor's page offers: ids unique against the article's figures, one draft per number however it is cut. */
class EditorDraftsTest {

    private static final Pattern ID = Pattern.compile("\\n  ([a-z0-9-]+):\\n");

    @TempDir
    Path dir;

    private ReaderArticle load(String slug, String text, String claims) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles").resolve(slug + ".md"), text);
        if (claims != null) {
            Files.createDirectories(dir.resolve("claims").resolve(slug));
            Files.writeString(dir.resolve("claims").resolve(slug).resolve("prices.yaml"), claims);
        } else {
            Files.createDirectories(dir.resolve("claims"));
        }
        var snapshot = LibraryLoader.standard(dir.resolve("articles"), dir.resolve("claims"), 1)
                .load();
        assertThat(snapshot.diagnostics()).noneMatch(d -> d.isError());
        return snapshot.article(slug).orElseThrow();
    }

    private static Set<String> ids(PageDrafts drafts, ReaderArticle article) {
        Set<String> ids = new HashSet<>();
        for (Passage passage : article.article().passages()) {
            for (PageDrafts.Entry entry : drafts.in(passage)) {
                Matcher id = ID.matcher(entry.yaml());
                if (id.find()) {
                    assertThat(ids.add(id.group(1))).as(id.group(1)).isTrue();
                }
            }
        }
        return ids;
    }

    /** An id an existing figure has is never suggested again; the page says the draft file is still to be made. */
    @Test
    void suggestedIdsAvoidTheArticlesIds() throws IOException {
        String text = "---\ntitle: 价格\n---\n\n一块高端GPU的价格约为2.5万美元，一台服务器约为30万美元。\n";
        ReaderArticle bare = load("prices", text, null);
        PageDrafts first = new EditorDrafts(dir.resolve("claims")).of(bare);
        String taken = ids(first, bare).stream().sorted().findFirst().orElseThrow();
        ReaderArticle annotated = load(
                "prices",
                text.replace("一台服务器约为30万美元。", "一台服务器约为30万美元。\n\n另有一台约为7万美元的工作站。"),
                "figures:\n  " + taken + ":\n    label: {zh: 工作站}\n    quote: 约为7万美元的工作站\n"
                        + "    stated: 7万美元\n    value: 7万 USD\n    verdict: draft\n");
        PageDrafts drafts = new EditorDrafts(dir.resolve("claims")).of(annotated);
        Set<String> ids = ids(drafts, annotated);
        assertThat(ids).hasSize(2).doesNotContain(taken).contains(taken + "-2");
        assertThat(annotated.figures()).containsOnlyKeys(taken);
        assertThat(drafts.fileExists()).isFalse();
        assertThat(drafts.file()).endsWith("claims/prices/draft.yaml");
    }

    /** A number cut by inline formatting is shown as several runs, each leading to the one draft for it. */
    @Test
    void everyRunOfAnUncoveredNumberLeadsToItsDraft() throws IOException {
        ReaderArticle article = load("cut", "---\ntitle: 切开\n---\n\n价格约为**2.5**万美元，另一块约为3万美元。\n", null);
        PageDrafts drafts = new EditorDrafts(dir.resolve("claims")).of(article);
        Passage passage = article.article().passages().get(0);
        List<Segment> segments = article.segments(passage);
        Set<String> anchors = new HashSet<>();
        int uncovered = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).coverage().orElse(null) == Coverage.Status.UNANNOTATED) {
                uncovered++;
                assertThat(drafts.anchor(passage, i)).as(segments.get(i).text()).isNotNull();
                anchors.add(drafts.anchor(passage, i));
            } else {
                assertThat(drafts.anchor(passage, i)).isNull();
            }
        }
        assertThat(uncovered).isGreaterThan(drafts.in(passage).size());
        assertThat(anchors).hasSize(drafts.in(passage).size()).hasSize(2);
    }

    /** A long article nobody annotated yet gets drafts for its first numbers, and the page says how to get the rest. */
    @Test
    void aLongUnannotatedArticleGetsDraftsForItsFirstNumbersOnly() throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: 长文\n---\n\n");
        for (int i = 1; i <= EditorDrafts.PER_PAGE + 50; i++) {
            text.append("第").append(i).append("组用了").append(i).append("台机器。\n\n");
        }
        ReaderArticle article = load("long", text.toString(), null);
        PageDrafts drafts = new EditorDrafts(dir.resolve("claims")).of(article);
        assertThat(drafts.offered()).isEqualTo(EditorDrafts.PER_PAGE);
        assertThat(drafts.capped()).isTrue();
        assertThat(drafts.unannotated()).isEqualTo(article.coverage().unannotated());
        Passage last =
                article.article().passages().get(article.article().passages().size() - 1);
        assertThat(drafts.in(last)).isEmpty();
    }

    /**
     * One sentence of thousands of numbers: each quote is looked for among the words near its number,
     * not among every pair of word boundaries of the sentence (some 16 million for each number here,
     * which took the page past any budget). Measured at 1,570 ms of CPU time on a busy 2-core machine;
     * the budget is generous.
     */
    @Test
    void oneLongSentenceIsDraftedWithinABudget() throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: 长句\n---\n\n");
        for (int i = 1; i <= 2_000; i++) {
            text.append("用了").append(i).append("台，");
        }
        text.append("完。\n");
        ReaderArticle article = load("sentence", text.toString(), null);
        EditorDrafts editor = new EditorDrafts(dir.resolve("claims"));
        PageDrafts drafts = CpuTime.within(60_000, "drafting one sentence of 2,000 numbers", () -> editor.of(article));
        assertThat(drafts.in(article.article().passages().get(0))).hasSize(EditorDrafts.PER_PAGE);
    }
}
