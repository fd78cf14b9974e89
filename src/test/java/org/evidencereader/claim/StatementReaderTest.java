package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.junit.jupiter.api.Test;

/** The 'statements:' section: claims that are not numbers, read with positions and checked like figures. */
class StatementReaderTest {

    private static final String FILE = "claims/demo/said.yaml";
    private final ClaimFileReader reader = new ClaimFileReader();

    private ClaimFileReader.Result read(String yaml) {
        return reader.read(FILE, yaml);
    }

    /** Each diagnostic as validate prints it in English, and its key (so the Chinese text exists too). */
    private static List<String> english(ClaimFileReader.Result result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsAStatementWithItsClaimVerdictSourcesAndNoteInBothLanguages() {
        ClaimFileReader.Result result = read("""
                statements:
                  li-no-sora:
                    quote: 百度不碰Sora类的视频生成
                    prefix: 他又放话,“
                    claim: {zh: 李彦宏说百度不做Sora类的视频生成, en: Li Yanhong said Baidu will not make Sora-like video generation}
                    verdict: supported
                    sources: [zhidx]
                    note:
                      zh: 只见于智东西的报道。
                      en: Reported by Zhidx only.
                """);
        assertThat(result.diagnostics()).isEmpty();
        StatementDef statement = result.claims().statements().get(0);
        assertThat(statement.id()).isEqualTo("li-no-sora");
        assertThat(statement.quote()).isEqualTo("百度不碰Sora类的视频生成");
        assertThat(statement.prefix()).isEqualTo("他又放话,“");
        assertThat(statement.claim().in(Locale.ENGLISH)).startsWith("Li Yanhong said");
        assertThat(statement.claim().in(Locale.CHINESE)).startsWith("李彦宏说");
        assertThat(statement.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(statement.sources()).extracting(FigureDef.Reference::id).containsExactly("zhidx");
        assertThat(statement.note().en()).isEqualTo("Reported by Zhidx only.");
        assertThat(statement.at().line()).isEqualTo(2);
        assertThat(statement.quoteAt().line()).isEqualTo(3);
        assertThat(statement.quoteAt().column()).isEqualTo(12);
    }

    @Test
    void aMisspeltKeyIsAnErrorWithDidYouMeanAndTheStatementIsLeftOut() {
        ClaimFileReader.Result result = read("""
                statements:
                  s:
                    quote: 百度不碰
                    claim: Baidu stays out
                    verdict: unverifiable
                    note: nothing found
                    sorces: [a]
                """);
        assertThat(english(result))
                .containsExactly(FILE + ":7:5: error: unknown key 'sorces' in a statement; did you mean 'sources'?"
                        + " (known keys: claim, note, prefix, quote, sources, suffix, verdict)");
        assertThat(result.diagnostics().get(0).text().key()).isEqualTo("diagnostic.statement.unknown-key");
        assertThat(result.claims().statements()).isEmpty();
    }

    @Test
    void aMisspeltSectionNameSuggestsStatements() {
        assertThat(english(read("statement:\n  s:\n    quote: x\n")))
                .singleElement()
                .asString()
                .contains("unknown key 'statement'", "did you mean 'statements'?");
    }

    @Test
    void missingQuoteClaimAndVerdictAreEachAnErrorAtTheId() {
        assertThat(english(read("statements:\n  s:\n    note: why\n")))
                .containsExactly(
                        FILE + ":2:3: error: statement 's' has no 'quote': add the article's words that make the claim,"
                                + " copied exactly",
                        FILE
                                + ":2:3: error: statement 's' has no 'claim': say in a sentence what the quoted words claim"
                                + " (with 'zh:' and 'en:' if you like)",
                        FILE + ":2:3: error: statement 's' has no 'verdict': judge it against its sources"
                                + " (one of supported, approximate, imprecise, misattributed, unverifiable, false, draft)");
    }

    @Test
    void aVerdictNeedsANoteAndAnUnknownVerdictSuggestsTheNearest() {
        assertThat(english(read("statements:\n  s:\n    quote: q\n    claim: c\n    verdict: supported\n")))
                .containsExactly(FILE + ":5:14: error: verdict 'supported' has no 'note': say in a sentence why,"
                        + " so that readers can follow it");
        assertThat(english(read("statements:\n  s:\n    quote: q\n    claim: c\n    verdict: suported\n    note: n\n")))
                .singleElement()
                .asString()
                .startsWith(FILE + ":5:14: error: unknown verdict 'suported'; did you mean 'supported'?");
    }

    @Test
    void aDraftIsAWarningAndNeedsNoNote() {
        ClaimFileReader.Result result = read("statements:\n  s:\n    quote: q\n    claim: c\n    verdict: draft\n");
        assertThat(english(result))
                .containsExactly(FILE + ":5:14: warning: statement 's' is a draft, not judged yet: check it against its"
                        + " sources, then replace 'draft' by a verdict with a 'note' saying why");
        assertThat(result.claims().statements()).hasSize(1);
    }

    @Test
    void shapesOfTextsAreCheckedWithTheirPlaces() {
        assertThat(english(read("""
                statements:
                  s:
                    quote: [a, b]
                    claim: {en: only English}
                    verdict: unverifiable
                    note: {zh: 说明, fr: note}
                    prefix: ""
                """)))
                .containsExactly(
                        FILE + ":3:12: error: 'quote' of statement 's' must be text, not a list or keys",
                        FILE + ":7:13: error: 'prefix' of statement 's' is empty: give it a value or remove the key",
                        FILE + ":4:12: error: the claim of statement 's' has no Chinese text: add 'zh: …'"
                                + " (readers of the Chinese page see it)",
                        FILE + ":6:20: error: unknown key 'fr' in the note of statement 's' (known keys: en, zh)");
        assertThat(english(read("statements:\n  s:\n    quote: q\n    claim: [a]\n    verdict: draft\n")))
                .first()
                .asString()
                .isEqualTo(FILE + ":4:12: error: 'claim' of statement 's' must be text, or 'zh:' and 'en:' on indented"
                        + " lines below it");
    }

    @Test
    void theSectionAndItsEntriesMustBeMappingsWithValidIds() {
        assertThat(english(read("statements:\n  - quote: q\n")))
                .containsExactly(FILE + ":2:3: error: 'statements' must map ids to entries ('some-id:' on its own line,"
                        + " then indented keys)");
        assertThat(english(read("statements:\n  Li_Said: {quote: q}\n")))
                .containsExactly(FILE + ":2:3: error: 'Li_Said' is not a valid id: use lower-case letters, digits and"
                        + " single '-' between them, starting with a letter (for example 'li-no-sora')");
        assertThat(english(read("statements:\n  s: just text\n")))
                .containsExactly(FILE + ":2:6: error: statement 's' must have indented keys below it"
                        + " (quote, claim, verdict, sources, note)");
    }

    @Test
    void tooManyStatementsInOneFileAreRefusedWhole() {
        StringBuilder yaml = new StringBuilder("statements:\n");
        for (int i = 0; i <= ClaimFileReader.MAX_ENTRIES_PER_SECTION; i++) {
            yaml.append("  s").append(i).append(": {quote: q, claim: c, verdict: draft}\n");
        }
        ClaimFileReader.Result result = read(yaml.toString());
        assertThat(english(result))
                .containsExactly(FILE + ":2:3: error: 'statements' has 501 entries; the limit is 500 in one file:"
                        + " split them into several files");
        assertThat(result.claims().statements()).isEmpty();
    }

    /** Every statement message exists in Chinese too, with full-width punctuation where it has its own. */
    @Test
    void everyStatementDiagnosticReadsInChinese() {
        ClaimFileReader.Result result = read("statements:\n  s:\n    note: why\n    sorces: x\n");
        for (Diagnostic d : result.diagnostics()) {
            Message text = d.text();
            assertThat(text.in(Locale.CHINESE)).as(text.key()).isNotEqualTo(text.in(Locale.ENGLISH));
        }
        assertThat(result.diagnostics().get(0).message(Locale.CHINESE)).startsWith("陈述中有未知的键“sorces”；是不是想写“sources”？");
    }
}
