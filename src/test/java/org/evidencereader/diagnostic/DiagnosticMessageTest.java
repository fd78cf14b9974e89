package org.evidencereader.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A diagnostic keeps its message key and arguments, so editors read it in their language. */
class DiagnosticMessageTest {

    private static final SourcePosition AT = new SourcePosition("articles/a.md", 3, 5);

    @Test
    void anUnannotatedNumberReadsInEnglishAndInChinese() {
        Diagnostic d = Diagnostic.warning(AT, Message.of("diagnostic.unannotated", "72万片", "p-4"));
        assertThat(d.message())
                .isEqualTo("the number '72万片' in p-4 is not annotated: describe it as a figure (quote it in a"
                        + " claim file), or list it under 'not-claims' with the reason it is not a figure to check");
        assertThat(d.message(Locale.ENGLISH)).isEqualTo(d.message());
        assertThat(d.message(Locale.CHINESE)).startsWith("p-4 中的数字“72万片”还没有标注：");
        assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(d.message(Locale.CHINESE));
        assertThat(d.in(Locale.CHINESE)).startsWith("articles/a.md:3:5: warning: p-4 中的数字");
        assertThat(d.toString())
                .isEqualTo(d.in(Locale.ENGLISH))
                .startsWith("articles/a.md:3:5: warning: the number '72万片'");
    }

    @Test
    void argumentsAreShownAsWrittenNotAsLocaleNumbers() {
        Diagnostic d = Diagnostic.warning(AT, Message.of("diagnostic.unannotated.more", 12345, 200));
        assertThat(d.message())
                .startsWith("and 12345 more numbers from here on are not annotated (only the first 200 ");
    }

    @Test
    void aMisspeltVerdictIsExplainedWithItsSuggestionInEitherLanguage() {
        Diagnostic d = Diagnostic.error(
                AT,
                Message.of(
                        "diagnostic.unknown-verdict",
                        "aproximate",
                        org.evidencereader.claim.Suggestions.didYouMeanMessage(
                                "aproximate", java.util.List.of("approximate", "false")),
                        "approximate, false"));
        assertThat(d.message())
                .isEqualTo("unknown verdict 'aproximate'; did you mean 'approximate'? (one of approximate, false)");
        assertThat(d.message(Locale.CHINESE))
                .isEqualTo("未知的结论“aproximate”；是不是想写“approximate”？（可用的有：approximate, false）");
        Diagnostic none = Diagnostic.error(
                AT,
                Message.of(
                        "diagnostic.unknown-verdict",
                        "zzz",
                        org.evidencereader.claim.Suggestions.didYouMeanMessage("zzz", java.util.List.of("approximate")),
                        "approximate"));
        assertThat(none.message()).isEqualTo("unknown verdict 'zzz' (one of approximate)");
    }
}
