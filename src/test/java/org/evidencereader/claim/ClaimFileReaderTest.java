package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencereader.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class ClaimFileReaderTest {

    private static final String FILE = "claims/demo/power.yaml";
    private final ClaimFileReader reader = new ClaimFileReader();

    private ClaimFileReader.Result read(String yaml) {
        return reader.read(FILE, yaml);
    }

    /** An emptied file read as "no figures" would take them off the page without a word and become the last good version. */
    @Test
    void anEmptyFileIsAnErrorNotAFileWithoutFigures() {
        for (String empty : new String[] {
            "", "\n", "# yaml-language-server: $schema=../schema/claims.schema.json\n\n# nothing yet\n"
        }) {
            ClaimFileReader.Result result = read(empty);
            assertThat(result.hasErrors()).as("%s", empty).isTrue();
            assertThat(result.diagnostics())
                    .extracting(Diagnostic::toString)
                    .containsExactly(
                            FILE + ":1:1: error: the file is empty"
                                    + " (or holds only comments), so its figures would disappear from the article: write them back, or delete the file to remove them");
        }
        assertThat(read("figures:\n").hasErrors())
                .as("an empty section, written on purpose")
                .isFalse();
    }

    @Test
    void readsSourcesAndFiguresOfEveryKind() {
        ClaimFileReader.Result result = read("""
                sources:
                  sheet:
                    title: Datasheet
                    publisher: NVIDIA
                    url: https://example.org/h100
                    accessed: 2026-11-24
                    says: "up to 700 W"
                figures:
                  h100-power:
                    label: {zh: 单片功耗, en: power per GPU}
                    quote: 每片H100的功耗为700W
                    value: 700 W
                    sources: [sheet]
                    verdict: approximate
                    note: maximum TDP
                  total:
                    label: {zh: 总功耗}
                    derive: h100-power * 2
                    unit: kW
                  quarter:
                    label: 季度
                    when: 2024-Q3
                """);

        assertThat(result.diagnostics()).isEmpty();
        ClaimFile file = result.claims();
        assertThat(file.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("sheet");
            assertThat(s.says()).isEqualTo("up to 700 W");
            assertThat(s.at().line()).isEqualTo(2);
        });
        assertThat(file.figures()).extracting(FigureDef::id).containsExactly("h100-power", "total", "quarter");
        FigureDef power = file.figures().get(0);
        assertThat(power.definition()).isInstanceOf(Definition.Sourced.class);
        assertThat(power.verdict()).isEqualTo(Verdict.APPROXIMATE);
        assertThat(power.sources()).extracting(FigureDef.Reference::id).containsExactly("sheet");
        assertThat(power.label().en()).isEqualTo("power per GPU");
        assertThat(file.figures().get(1).definition()).isInstanceOf(Definition.Derived.class);
        assertThat(file.figures().get(1).label().en()).isEqualTo("总功耗");
        assertThat(file.figures().get(2).definition()).isInstanceOf(Definition.Dated.class);
    }

    @Test
    void reportsYamlSyntaxErrorsWithLineAndColumn() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: [unclosed
                    value: 1 W
                """);
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic problem = result.diagnostics().get(0);
        assertThat(problem.file()).isEqualTo(FILE);
        assertThat(problem.line()).isBetween(3, 5);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).startsWith("not valid YAML, so nothing in this file is read: ");
    }

    /** A column inside a quoted value counts the opening quote, as the editor's does. */
    @Test
    void aColumnInsideAQuotedValueIsWhereTheEditorSeesIt() {
        for (String quote : new String[] {"\"", "'"}) {
            java.util.List<Diagnostic> problems = new ClaimFileReader()
                    .read(FILE, "figures:\n  a:\n    label: x\n    value: " + quote + "1 Wx/" + quote + "\n")
                    .diagnostics();
            // '    value: "1 Wx/"': the value starts at column 13, the missing unit after '/' at column 18
            assertThat(problems)
                    .extracting(Diagnostic::toString)
                    .containsExactly(FILE + ":4:18: error: bad value '1 Wx/': "
                            + "expected a unit after '/' at column 5 (write a number, an optional range '..', and a unit, for example"
                            + " '4211..10528 GPU')");
        }
    }

    /** The parser's own first words are only its context ("while scanning for the next token"): say what is wrong, where. */
    @Test
    void namesTheYamlMistakeAtItsPlaceAndHowToFixIt() {
        String prefix = FILE + ":%s: error: not valid YAML, so nothing in this file is read: ";
        assertThat(yamlError("figures:\n  a:\n    value: 1 W\n\tlabel: x\n"))
                .isEqualTo(
                        prefix.formatted("4:1")
                                + "a tab where YAML allows only spaces (to indent, and after ':'): replace the tab with spaces");
        // A tab after ':' separates like a space (YAML 1.2; snakeyaml-engine 3.2 reads it so): not a mistake.
        assertThat(new ClaimFileReader()
                        .read(FILE, "figures:\n  a:\n    label:\tx\n    value: 1 W\n")
                        .diagnostics())
                .noneMatch(Diagnostic::isError);
        assertThat(yamlError("figures:\n  a: {value: 1 W\n  b: 2\n"))
                .isEqualTo(prefix.formatted("3:4")
                        + "inside the '{' at line 2, column 6: add ',' between its entries, or close it with '}' (or write one key per "
                        + "line without braces)");
        assertThat(yamlError("figures:\n  a: {value: 1 W label: x}\n"))
                .as("a missing comma")
                .isEqualTo(prefix.formatted("2:23")
                        + "inside the '{' at line 2, column 6: add ',' between its entries, or close it with '}' (or write one key per "
                        + "line without braces)");
        assertThat(yamlError("figures:\n  a:\n    value: 1 W\n   label: x\n"))
                .isEqualTo(prefix.formatted("4:4")
                        + "this line is indented differently from the lines above it (the block that starts at line 2, column 3): "
                        + "indent it like the other keys at its level");
        assertThat(yamlError("figures:\n  a:\n    label: x\n      value: 1 W\n"))
                .as("a key indented more")
                .isEqualTo(prefix.formatted("4:12")
                        + "a ':' where a value was expected: if this line holds a key, indent it like the "
                        + "key above it; if the value contains ': ', quote it (\"…\")");
        assertThat(yamlError("figures:\n  a:\n    label: \"H100\" 功耗\n"))
                .isEqualTo(
                        prefix.formatted("3:19")
                                + "more text after a quoted or bracketed value on the same line: quote the whole value (\"…\")");
        assertThat(yamlError("figures:\n  a:\n    label: @x\n"))
                .isEqualTo(prefix.formatted("3:12") + "a value cannot start with '@': quote the value (\"…\")");
    }

    /** Mistakes the parser only notices lines later are named where they are. */
    @Test
    void namesFullWidthColonsAndIndentationAndAnUnclosedQuoteWhereTheyAre() {
        String prefix = FILE + ":%s: error: not valid YAML, so nothing in this file is read: ";
        assertThat(yamlError("figures:\n  a:\n    label: 甲\n    quote：每片售价为2万美元\n    value: 1 W\n"))
                .as("a colon typed with a Chinese input method")
                .isEqualTo(
                        prefix.formatted("4:10")
                                + "'quote' is followed by a full-width colon '：': YAML needs an ordinary ':' and a space after a key ('quote: …')");
        assertThat(yamlError("figures:\n  a:\n    label: 甲\n\u3000\u3000value: 1 W\n    quote: 甲\n"))
                .as("indented with ideographic spaces")
                .isEqualTo(prefix.formatted("4:1")
                        + "this line is indented with full-width spaces ('\u3000'): YAML indents with ordinary spaces only; retype the"
                        + " indentation with the input method in half-width mode");
        assertThat(yamlError("""
                figures:
                  a:
                    label: 甲
                    note: "700 W is the configurable maximum
                    value: 1 W
                  b:
                    label: 乙
                    note: "a second note"
                """))
                .as("a quote left open")
                .isEqualTo(prefix.formatted("4:11")
                        + "the quoted value that starts here is not closed on its line, so YAML read on to the next '\"', at line 8:"
                        + " add the closing '\"' at the end of this line");
        assertThat(read("figures:\n  a:\n    label: 甲\n    note: |\n      Source：FT\n    value: 1 W\n")
                        .hasErrors())
                .as("a full-width colon inside a text block is text")
                .isFalse();
    }

    /** One of the commonest typing mistakes, which the parser reports a line later in its own words. */
    @Test
    void aKeyWithoutItsColonIsNamedOnItsOwnLine() {
        String prefix = FILE + ":%s: error: not valid YAML, so nothing in this file is read: ";
        assertThat(yamlError("figures:\n  a:\n    label: 甲\n    stated 700W\n    value: 700 W\n"))
                .isEqualTo(prefix.formatted("4:5")
                        + "'stated 700W' has no ':' after its key: write 'stated: 700W' (a ':' and a space after the key), or remove the"
                        + " line if it is left over");
        assertThat(yamlError("figures:\n  a:\n    label: 甲\n    de\n    value: 1 W\n"))
                .as("a key cut short")
                .isEqualTo(prefix.formatted("4:5")
                        + "'de' has no ':' after its key: write 'de: …' (a ':' and a space after the key), or remove"
                        + " the line if it is left over");
    }

    @Test
    void aSourcesDatesMustBeRealAndNotYearsAhead() {
        for (String date : new String[] {"2024-02-30", "2024-13", "\"2024-00-10\"", "2024/11/24"}) {
            assertThat(read("sources:\n  s:\n    title: T\n    published: " + date + "\n")
                            .diagnostics())
                    .as(date)
                    .extracting(Diagnostic::message)
                    .singleElement()
                    .asString()
                    .startsWith("'published' must be a real date YYYY-MM-DD (or YYYY-MM, YYYY), not '");
        }
        assertThat(read("sources:\n  s:\n    title: T\n    accessed: 2099-12-31\n")
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE + ":4:15: warning: 'accessed' is 2099-12-31, more than a year from now: check it");
        assertThat(read("sources:\n  s:\n    title: T\n    published: 2024-02-29\n    accessed: 2024\n")
                        .diagnostics())
                .as("a leap day, a year")
                .isEmpty();
    }

    @Test
    void aCommaInsideALabelsBracesIsNamedAsOne() {
        assertThat(read("figures:\n  a:\n    label: {zh: 功耗, en: value of 720,000 H100s}\n    value: 1 W\n")
                        .diagnostics())
                .extracting(Diagnostic::line, Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3,
                                "'000 H100s'"
                                        + " looks like the rest of a text cut at a comma (inside '{…}' a ',' starts the next entry): quote the text (\"…\")"));
        assertThat(read("figures:\n  a:\n    label: {zh: 功耗, eng: power}\n    value: 1 W\n")
                        .diagnostics())
                .extracting(Diagnostic::message)
                .singleElement()
                .asString()
                .startsWith("unknown key 'eng' in a label; did you mean 'en'?");
    }

    private String yamlError(String yaml) {
        java.util.List<Diagnostic> problems = read(yaml).diagnostics();
        assertThat(problems).hasSize(1);
        return problems.get(0).toString();
    }

    /** A unit written by name or in the wrong case would be counted like 'GPU' and fail in every formula far away. */
    @Test
    void aUnitWrittenByNameOrInTheWrongCaseIsNamedAtTheValue() {
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 700 Watt\n").diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE + ":4:12: error: 'Watt' in '700 Watt' is not a unit this reader knows, so it would be "
                                + "counted like 'GPU': did you mean 'W'? (units are written as symbols, with their case: W, kW, MWh, s, h, %)");
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 0.7 KW\n").diagnostics())
                .extracting(Diagnostic::message)
                .singleElement()
                .asString()
                .contains("did you mean 'kW'?");
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 3 hours\n").diagnostics())
                .extracting(Diagnostic::message)
                .singleElement()
                .asString()
                .contains("did you mean 'h'?");
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 6 months\n").diagnostics())
                .extracting(Diagnostic::message)
                .singleElement()
                .asString()
                .contains("did you mean 'month'?");
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 5 mW\n").diagnostics())
                .as("milliwatts are not megawatts")
                .isEmpty();
        assertThat(read("figures:\n  b:\n    label: 乙\n    derive: a * a\n    unit: KW\n")
                        .diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE
                                + ":5:11: error: 'KW' in 'KW' is not a unit this reader knows, so it would be counted like "
                                + "'GPU': did you mean 'kW'? (units are written as symbols, with their case: W, kW, MWh, s, h, %)");
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 4211..10528 GPU\n")
                        .diagnostics())
                .isEmpty();
        assertThat(read("figures:\n  a:\n    label: 甲\n    value: 5 clip\n").diagnostics())
                .isEmpty();
    }

    @Test
    void reportsAnUnknownKeyAtTheKeyWithASuggestion() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    qoute: 原文
                    value: 1 W
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":4:5: error: unknown key 'qoute' in a figure; did you mean 'quote'? (known keys: derive, label, note, "
                        + "prefix, quote, source, sources, stated, suffix, unit, value, verdict, when)");
    }

    @Test
    void reportsADuplicateKeyThatYamlWouldSilentlyOverwrite() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: 1 W
                  a:
                    label: 乙
                    value: 2 W
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":5:3: error: duplicate key 'a' (first written at line 2): remove one of them or rename it");
    }

    @Test
    void reportsAValueThatIsNotAQuantity() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: seven hundred W
                """);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).startsWith("bad value 'seven hundred W': ");
        });
        assertThat(result.claims().figures()).isEmpty();
    }

    @Test
    void reportsAFigureWithBothAValueAndAFormula() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    derive: b * 2
                    unit: W
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .contains(
                        FILE + ":2:3: error: figure 'a' has value and derive: keep exactly one of value, derive, when");
    }

    @Test
    void reportsADerivedFigureWithoutAUnit() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    derive: b * 2
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "figure 'a' is derived but has no 'unit': add the unit to show it in, for example 'unit: kW' or 'unit: \"%\"'");
    }

    @Test
    void reportsAStatedNumberThatIsNotInTheQuote() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    quote: 功耗为700W
                    stated: 350W
                    value: 700 W
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE
                                + ":5:13: error: stated '350W' does not occur in the quote '功耗为700W': copy the number exactly as the quote writes it");
    }

    @Test
    void reportsAnUnknownVerdictWithTheWordsAllowed() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    verdict: suported
                    note: n
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "unknown verdict 'suported'; did you mean 'supported'? (one of supported, approximate, imprecise, "
                                + "misattributed, unverifiable, false, draft)");
    }

    @Test
    void aDraftVerdictIsAWarningAndNeedsNoNote() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    verdict: draft
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        "claims/demo/power.yaml:5:14: warning: figure 'a' is a draft, not judged yet: check it against its sources, then replace"
                                + " 'draft' by supported, approximate, imprecise, misattributed, unverifiable or false, with a 'note' saying why");
        assertThat(result.claims().figures())
                .singleElement()
                .extracting(FigureDef::verdict)
                .isEqualTo(Verdict.DRAFT);
    }

    @Test
    void refusesAVerdictWithoutANote() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 甲
                    value: 1 W
                    verdict: false
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE
                                + ":5:14: error: verdict 'false' has no 'note': say in a sentence why, so that readers can follow it");
    }

    @Test
    void reportsAnIdThatIsNotLowerCaseWithHyphens() {
        ClaimFileReader.Result result = read("""
                figures:
                  H100_Power:
                    label: 甲
                    value: 1 W
                """);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).startsWith("'H100_Power' is not a valid id");
        });
    }

    /**
     * A formula may name an id far longer than a YAML key can be: matched with a regex, one with
     * thousands of '-' overflowed the stack instead of being read.
     */
    @Test
    void readsAFormulaThatNamesALongIdWithThousandsOfHyphens() {
        String id = "a-b".repeat(6_000);
        ClaimFileReader.Result result =
                read("figures:\n  total:\n    label: 总\n    derive: " + id + " * 2\n    unit: W\n");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.claims().figures())
                .singleElement()
                .satisfies(f -> assertThat(
                                ((Definition.Derived) f.definition()).formula().toString())
                        .startsWith("a-ba-b")
                        .endsWith("* 2"));
    }

    @Test
    void readsNotClaimsInOrderWithWhereEachQuoteWasWritten() {
        ClaimFileReader.Result result = read("""
                not-claims:
                  - quote: 两大最成熟的产品
                    stated: 两大
                    reason: a count of products named in the text
                  - quote: 第二春
                    prefix: 迎来了
                    suffix: ",百度"
                    reason: a figure of speech
                """);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.claims().notClaims())
                .containsExactly(
                        new NotClaim(
                                "两大最成熟的产品",
                                "两大",
                                null,
                                null,
                                "a count of products named in the text",
                                new org.evidencereader.diagnostic.SourcePosition(FILE, 2, 12)),
                        new NotClaim(
                                "第二春",
                                null,
                                "迎来了",
                                ",百度",
                                "a figure of speech",
                                new org.evidencereader.diagnostic.SourcePosition(FILE, 5, 12)));
    }

    @Test
    void reportsANotClaimWithoutQuoteOrReasonAtTheItem() {
        ClaimFileReader.Result result = read("""
                not-claims:
                  - quote: 两大最成熟的产品
                  - reason: a count
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE
                                + ":2:5: error: not-claim '两大最成熟的产品' has no 'reason': say in a few words why the number is "
                                + "not a figure to check",
                        FILE
                                + ":3:5: error: a not-claim has no 'quote': add the article's words around the number, copied exactly");
        assertThat(result.claims().notClaims()).isEmpty();
    }

    @Test
    void reportsAnUnknownKeyInANotClaimWithASuggestion() {
        ClaimFileReader.Result result = read("""
                not-claims:
                  - quote: 两大最成熟的产品
                    reasn: a count
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(
                        FILE + ":3:5: error: unknown key 'reasn' in a not-claim; did you mean 'reason'? "
                                + "(known keys: prefix, quote, reason, stated, suffix)",
                        FILE
                                + ":2:5: error: not-claim '两大最成熟的产品' has no 'reason': say in a few words why the number is "
                                + "not a figure to check");
    }

    @Test
    void reportsANotClaimStatedNumberThatIsNotInItsQuote() {
        ClaimFileReader.Result result = read("""
                not-claims:
                  - quote: 两大最成熟的产品
                    stated: 两个
                    reason: a count
                """);
        assertThat(result.diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":3:13: error: stated '两个' does not occur in the quote '两大最成熟的产品': copy the number exactly "
                        + "as the quote writes it");
        assertThat(result.claims().notClaims()).isEmpty();
    }

    @Test
    void reportsNotClaimsWrittenAsAMappingOrAsText() {
        assertThat(read("not-claims:\n  quote: 两大\n").diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":2:3: error: 'not-claims' must be a list: start each item with '- quote: …' and put 'reason: …' "
                        + "on the next line, indented, not a mapping of keys");
        assertThat(read("not-claims:\n  - 两大\n").diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":2:5: error: a not-claim must have the keys 'quote' and 'reason' ('- quote: …', then 'reason: …' "
                        + "indented below it), not text");
        assertThat(read("not-claims:\n").diagnostics()).isEmpty();
    }

    @Test
    void readsThePrefixAndSuffixOfAFigure() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 功耗
                    quote: 每片H100的功耗为700W
                    prefix: 以
                    suffix: 计算
                    value: 700 W
                """);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(result.claims().figures()).singleElement().satisfies(f -> {
            assertThat(f.prefixText()).contains("以");
            assertThat(f.suffixText()).contains("计算");
        });
    }

    @Test
    void reportsAPrefixOfAFigureWithoutAQuote() {
        ClaimFileReader.Result result = read("""
                figures:
                  a:
                    label: 功耗
                    prefix: 以
                    value: 700 W
                """);
        assertThat(result.diagnostics())
                .filteredOn(Diagnostic::isError)
                .extracting(Diagnostic::toString)
                .containsExactly(FILE
                        + ":4:13: error: 'prefix' gives the words before the quote, but figure 'a' has no 'quote': add the "
                        + "quote or remove 'prefix'");
        assertThat(result.claims().figures()).isEmpty();
    }
}
