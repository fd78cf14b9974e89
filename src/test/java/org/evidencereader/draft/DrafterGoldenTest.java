package org.evidencereader.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.detect.Detector;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.nlp.HanLpRomaniser;
import org.evidencereader.nlp.HanLpTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden set (src/test/resources/draft): three articles written for this test, not the shipped
 * one, with every number's expected entry worked out by hand in expected.tsv.
 */
class DrafterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/draft");
    private static final double RIGHT_AT_LEAST = 0.90;

    @TempDir
    static Path noClaims;

    private static LibrarySnapshot snapshot;
    private static final Map<String, List<Draft>> DRAFTS = new LinkedHashMap<>();
    private static final Anchorer ANCHORER = new Anchorer();

    /** One line of expected.tsv. */
    record Expected(String slug, String stated, String expected) {}

    @BeforeAll
    static void draftTheGoldenArticles() {
        snapshot =
                LibraryLoader.standard(GOLDEN.resolve("articles"), noClaims, 1).load();
        HanLpTokenizer tokenizer = new HanLpTokenizer();
        Drafter drafter = new Drafter(new Detector(tokenizer), tokenizer, ANCHORER, new HanLpRomaniser());
        for (ReaderArticle article : snapshot.articles()) {
            DRAFTS.put(article.slug(), drafter.draft(article, IdStyle.PINYIN));
        }
    }

    static List<Expected> expected() throws IOException {
        return Files.readAllLines(GOLDEN.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cells -> new Expected(cells[0], cells[1], cells[2]))
                .toList();
    }

    @Test
    void theGoldenSetHasAtLeastFortyNumbersInThreeArticles() throws IOException {
        assertThat(expected()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(expected().stream().map(Expected::slug).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DRAFTS.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        expected().stream().map(Expected::slug).distinct().toList());
    }

    @Test
    void statedValueAndUnitAreRightForAtLeastNinetyPercent() throws IOException {
        List<Expected> rows = expected();
        List<String> wrong = new ArrayList<>();
        Map<String, Set<Draft>> used = new LinkedHashMap<>();
        for (Expected row : rows) {
            List<Draft> drafts = DRAFTS.getOrDefault(row.slug(), List.of());
            Set<Draft> taken = used.computeIfAbsent(row.slug(), k -> new HashSet<>());
            Optional<Draft> match = drafts.stream()
                    .filter(d -> !taken.contains(d) && d.stated().equals(row.stated()))
                    .findFirst();
            match.ifPresent(taken::add);
            Optional<String> problem =
                    match.map(d -> judge(d, row.expected())).orElse(Optional.of("no draft states it"));
            problem.ifPresent(p -> wrong.add(row.slug() + " '" + row.stated() + "' (" + row.expected() + "): " + p));
        }
        double right = 1.0 - (double) wrong.size() / rows.size();
        assertThat(right)
                .as(
                        "%d of %d numbers right; wrong:%n%s",
                        rows.size() - wrong.size(), rows.size(), String.join("\n", wrong))
                .isGreaterThanOrEqualTo(RIGHT_AT_LEAST);
    }

    /** Empty when the draft is what the row expects, else what differs. */
    private static Optional<String> judge(Draft draft, String expected) {
        if (expected.equals("not-claim")) {
            return draft instanceof Draft.NotClaimDraft ? Optional.empty() : Optional.of("drafted as a figure");
        }
        if (!(draft instanceof Draft.FigureDraft figure)) {
            return Optional.of("drafted as a not-claim");
        }
        if (expected.startsWith("when:")) {
            return figure.value() instanceof Draft.When when
                            && when.point().iso().equals(expected.substring(5))
                    ? Optional.empty()
                    : Optional.of("drafted as " + figure.value());
        }
        Quantity want = Quantity.parse(expected.substring("value:".length())).canonical();
        if (!(figure.value() instanceof Draft.Amount amount)) {
            return Optional.of("drafted as " + figure.value());
        }
        Quantity got = amount.quantity().canonical();
        boolean same = got.unit().equals(want.unit()) && close(got.low(), want.low()) && close(got.high(), want.high());
        // the claim file's text must say the same, as the reader will read it
        boolean written = Quantity.parse(amount.text()).canonical().equals(got);
        return same && written ? Optional.empty() : Optional.of("drafted as '" + amount.text() + "' (" + got + ")");
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    @Test
    void everyQuoteIsUniqueInItsArticleAndHoldsItsNumber() {
        for (ReaderArticle article : snapshot.articles()) {
            for (Draft draft : DRAFTS.get(article.slug())) {
                assertThat(ANCHORER.occurrences(article.article(), draft.quote()))
                        .as("occurrences of the quote '%s' in %s", draft.quote(), article.slug())
                        .isEqualTo(1);
                assertThat(draft.quote()).contains(draft.stated());
                assertThat(draft.sentence())
                        .as("the quote stays inside its sentence")
                        .contains(draft.quote());
            }
        }
    }

    @Test
    void everyIdIsUniqueInItsArticleAndIsAnId() {
        for (List<Draft> drafts : DRAFTS.values()) {
            List<String> ids = drafts.stream()
                    .filter(Draft.FigureDraft.class::isInstance)
                    .map(d -> ((Draft.FigureDraft) d).id())
                    .toList();
            assertThat(ids).doesNotHaveDuplicates().allMatch(org.evidencereader.derivation.Reference::isId);
        }
    }
}
