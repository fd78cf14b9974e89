package org.evidencereader.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencereader.article.Article;
import org.evidencereader.article.FrontMatter;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.Definition;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.Label;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the golden examples in {@code spec/anchoring.txt}. */
class AnchoringSpecTest {

    private final Anchorer anchorer = new Anchorer();

    @TestFactory
    Stream<DynamicTest> anchoringExamples() throws IOException {
        String spec;
        try (InputStream in = getClass().getResourceAsStream("/spec/anchoring.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        int caseNumber = 0;
        for (String block : spec.split("(?m)^---$")) {
            List<String> passages = new ArrayList<>();
            String quote = null;
            String stated = null;
            String prefix = null;
            String suffix = null;
            String expect = null;
            for (String line : block.split("\n")) {
                if (line.startsWith("passage: ")) {
                    passages.add(line.substring("passage: ".length()));
                } else if (line.startsWith("quote: ")) {
                    quote = line.substring("quote: ".length());
                } else if (line.startsWith("stated: ")) {
                    stated = line.substring("stated: ".length());
                } else if (line.startsWith("prefix: ")) {
                    prefix = line.substring("prefix: ".length());
                } else if (line.startsWith("suffix: ")) {
                    suffix = line.substring("suffix: ".length());
                } else if (line.startsWith("expect: ")) {
                    expect = line.substring("expect: ".length());
                }
            }
            if (expect == null) {
                continue;
            }
            caseNumber++;
            String q = quote;
            String s = stated;
            String before = prefix;
            String after = suffix;
            String e = expect;
            tests.add(DynamicTest.dynamicTest(
                    "case " + caseNumber + ": " + q, () -> check(passages, q, s, before, after, e)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private void check(List<String> texts, String quote, String stated, String prefix, String suffix, String expect) {
        List<Passage> passages = new ArrayList<>();
        for (String text : texts) {
            passages.add(new Passage("p-" + (passages.size() + 1), PassageKind.PARAGRAPH, text, List.of()));
        }
        Article article = new Article(
                "spec",
                "articles/spec.md",
                new FrontMatter("spec", null, null, null, null, null, null, Map.of()),
                passages);
        SourcePosition at = new SourcePosition("claims/spec/a.yaml", 2, 3);
        FigureDef figure = new FigureDef(
                "f",
                new Label("图", null),
                quote,
                stated,
                prefix,
                suffix,
                new Definition.Sourced(Quantity.parse("1 W")),
                List.of(),
                null,
                null,
                at,
                at);
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Anchor> anchor = anchorer.place(article, figure, problems);
        // every problem the anchorer reports reads in Chinese too, not only in English
        assertThat(problems).allSatisfy(d -> {
            assertThat(d.translated()).as("%s has a message key", d).isTrue();
            assertThat(d.message(Locale.CHINESE)).containsPattern("[\\p{IsHan}“”]");
        });

        if (expect.startsWith("error: ")) {
            assertThat(anchor).isEmpty();
            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.isError()).isTrue();
                assertThat(d.message()).startsWith(expect.substring("error: ".length()));
            });
            return;
        }
        String[] parts = expect.split(" \\+ warning: ", 2);
        assertThat(anchor).isPresent();
        Anchor a = anchor.get();
        String text = passages.stream()
                .filter(p -> p.id().equals(a.passageId()))
                .findFirst()
                .orElseThrow()
                .text();
        String actual = a.passageId() + " [" + a.mark().start() + "," + a.mark().end() + ") \""
                + text.substring(a.mark().start(), a.mark().end()) + "\"";
        assertThat(actual).isEqualTo(parts[0]);
        if (parts.length == 2) {
            assertThat(problems).singleElement().satisfies(d -> {
                assertThat(d.isError()).isFalse();
                assertThat(d.message()).startsWith(parts[1]);
            });
        } else {
            assertThat(problems).isEmpty();
        }
    }
}
