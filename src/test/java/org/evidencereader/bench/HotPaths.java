package org.evidencereader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.Article;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.ClaimFile;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.claim.Definition;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.Registry;
import org.evidencereader.derivation.Evaluator;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.Quantity;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmarks of the hot paths of loading an article, on the shipped article
 * ({@code articles/baidu-sora.md}) and its claims ({@code claims/baidu-sora/}); each operation is
 * the whole article: every passage parsed or detected, every shipped quote placed, every shipped
 * formula evaluated. Run from the repository root (docs/benchmarks.md, "Hot paths (JMH)"):
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.evidencereader.bench.HotPaths [regex]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotPaths {

    private List<String> passages;
    private Detector detector;
    private Anchorer anchorer;
    private Article article;
    private List<FigureDef> quoted;
    /** The shipped quotes, each with one word changed, so that only the approximate search places them. */
    private List<FigureDef> reworded;

    private List<Definition.Derived> formulas;
    private Registry registry;

    @Setup
    public void setUp() throws IOException {
        Path root = Path.of(System.getProperty("reader.root", "."));
        Path articleFile = root.resolve("articles/baidu-sora.md");
        article = new ArticleParser(new HanLpSentenceSplitter())
                .parse("baidu-sora", "articles/baidu-sora.md", Files.readString(articleFile))
                .article()
                .orElseThrow();
        passages = article.passages().stream()
                .filter(p -> p.kind() != PassageKind.CODE)
                .map(Passage::text)
                .toList();
        List<ClaimFile> files = new ArrayList<>();
        try (Stream<Path> yaml = Files.list(root.resolve("claims/baidu-sora"))) {
            for (Path p :
                    yaml.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(new ClaimFileReader()
                        .read(p.toString(), Files.readString(p))
                        .claims());
            }
        }
        registry = Registry.resolve(files);
        quoted = registry.figures().values().stream()
                .filter(f -> f.quoteText().isPresent())
                .toList();
        formulas = registry.figures().values().stream()
                .map(FigureDef::definition)
                .filter(d -> d instanceof Definition.Derived)
                .map(d -> (Definition.Derived) d)
                .toList();
        detector = new Detector(new HanLpTokenizer());
        anchorer = new Anchorer();
        if (quoted.isEmpty() || formulas.isEmpty() || passages.isEmpty()) {
            throw new IllegalStateException("run from the repository root: no article, quotes or formulas found");
        }
        reworded = quoted.stream()
                .map(HotPaths::reworded)
                .flatMap(Optional::stream)
                .toList();
        List<Diagnostic> problems = new ArrayList<>();
        for (FigureDef figure : reworded) {
            Anchor anchor = anchorer.place(article, figure, problems).orElse(null);
            if (anchor == null || anchor.match() != Anchor.Match.APPROXIMATE) {
                throw new IllegalStateException(
                        "the reworded quote of " + figure.id() + " was not placed approximately: " + problems);
            }
        }
    }

    /**
     * The figure with one character of its quote, away from its numbers (and the units right after
     * them) and from its first and last three, replaced by one the article does not use there: a
     * quote an editor reworded slightly. Empty for a quote too short to stay above the threshold.
     */
    private static Optional<FigureDef> reworded(FigureDef figure) {
        String quote = figure.quoteText().orElseThrow();
        if (quote.length() < 14) {
            return Optional.empty();
        }
        boolean[] number = new boolean[quote.length() + 1];
        for (var mention : NumeralParser.find(quote)) {
            for (int i = Math.max(0, mention.start() - 1); i <= mention.end(); i++) {
                number[i] = true;
            }
        }
        for (int at = quote.length() / 2, step = 1;
                at >= 3 && at < quote.length() - 3;
                at += step, step = -step - Integer.signum(step)) {
            if (!number[at]) {
                String changed =
                        quote.substring(0, at) + (quote.charAt(at) == '某' ? '另' : '某') + quote.substring(at + 1);
                return Optional.of(new FigureDef(
                        figure.id(),
                        figure.label(),
                        changed,
                        figure.stated(),
                        figure.prefix(),
                        figure.suffix(),
                        figure.definition(),
                        figure.sources(),
                        figure.verdict(),
                        figure.note(),
                        figure.at(),
                        figure.quoteAt()));
            }
        }
        return Optional.empty();
    }

    /** figure/NumeralParser.find on every passage of the article. */
    @Benchmark
    public void numeralParsing(Blackhole out) {
        for (String text : passages) {
            out.consume(NumeralParser.find(text));
        }
    }

    /** detect/Detector.detect (HanLP tokens + numeral parsing + filtering) on every passage. */
    @Benchmark
    public void detection(Blackhole out) {
        for (String text : passages) {
            out.consume(detector.detect(text));
        }
    }

    /** anchor/Anchorer.place for every shipped figure with a quote. */
    @Benchmark
    public void anchoring(Blackhole out) {
        List<Diagnostic> problems = new ArrayList<>();
        for (FigureDef figure : quoted) {
            Optional<Anchor> anchor = anchorer.place(article, figure, problems);
            out.consume(anchor);
        }
        out.consume(problems);
    }

    /**
     * anchor/Anchorer.place for the same quotes each with one character changed: every one goes
     * through the exact and normalised look-ups, then the approximate search over the whole article
     * and the check that its numbers are unchanged.
     */
    @Benchmark
    public void approximateAnchoring(Blackhole out) {
        List<Diagnostic> problems = new ArrayList<>();
        for (FigureDef figure : reworded) {
            out.consume(anchorer.place(article, figure, problems));
        }
        out.consume(problems);
    }

    /** derivation/Evaluator.evaluate of every shipped formula, against the resolved values. */
    @Benchmark
    public void evaluation(Blackhole out) {
        for (Definition.Derived derived : formulas) {
            Quantity q = Evaluator.evaluate(
                    derived.formula(), id -> registry.value(id).orElse(null));
            out.consume(q);
        }
    }

    public static void main(String[] args) throws Exception {
        OptionsBuilder options = new OptionsBuilder();
        options.include(HotPaths.class.getSimpleName() + "\\." + (args.length > 0 ? args[0] : ".*"));
        new Runner(options.build()).run();
    }
}
