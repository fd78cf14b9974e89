package org.evidencereader.draft;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.cli.DraftCommand;
import org.evidencereader.figure.Quantity;
import org.evidencereader.library.Figure;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.PlacedNotClaim;
import org.evidencereader.library.ReaderArticle;

/**
 * How much of an annotated article {@code draft} gets right on its own: copies the article to a
 * temporary folder without its claim files, drafts, and compares each figure the editors placed in
 * the text with the draft entry for the same number: its value, its unit, its stated words (the
 * article's number, with a cue word such as 下跌 before it allowed) and whether its quote is unique.
 *
 * <p>usage (from the repository, after {@code ./mvnw -q test-compile} and
 * {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.evidencereader.draft.DraftAccuracy [slug]}
 */
public final class DraftAccuracy {

    /** One placed figure of the annotated article against its draft. */
    record Row(
            String id,
            String stated,
            Optional<String> drafted,
            boolean value,
            boolean unit,
            boolean statedRight,
            boolean quoteUnique) {
        boolean allRight() {
            return drafted.isPresent() && value && unit && statedRight && quoteUnique;
        }
    }

    /** The comparison, and the not-claims the draft proposes where the editors wrote one. */
    record Result(List<Row> rows, int notClaims, int notClaimsDrafted) {
        long count(java.util.function.Predicate<Row> right) {
            return rows.stream().filter(right).count();
        }
    }

    private DraftAccuracy() {}

    public static void main(String[] args) throws IOException {
        String slug = args.length > 0 ? args[0] : "baidu-sora";
        Path work = Files.createTempDirectory("draft-accuracy-");
        print(measure(Path.of("articles"), Path.of("claims"), slug, work), System.out);
    }

    static Result measure(Path articles, Path claims, String slug, Path work) throws IOException {
        ReaderArticle annotated =
                LibraryLoader.standard(articles, claims, 1).load().article(slug).orElseThrow();
        Files.createDirectories(work.resolve("articles"));
        Files.createDirectories(work.resolve("claims"));
        Files.copy(articles.resolve(slug + ".md"), work.resolve("articles").resolve(slug + ".md"));
        int status = new DraftCommand(new PrintStream(PrintStream.nullOutputStream()), System.err)
                .run(List.of(
                        slug,
                        "--reader.articles-dir=" + work.resolve("articles"),
                        "--reader.claims-dir=" + work.resolve("claims")));
        if (status != 0) {
            throw new IllegalStateException("draft exited with " + status);
        }
        ReaderArticle drafted = LibraryLoader.standard(work.resolve("articles"), work.resolve("claims"), 1)
                .load()
                .article(slug)
                .orElseThrow();
        Anchorer anchorer = new Anchorer();
        List<Row> rows = new ArrayList<>();
        List<Figure> placed = annotated.figures().values().stream()
                .filter(Figure::isInText)
                .sorted(Comparator.comparing(
                                (Figure f) -> f.anchor().orElseThrow().passageId())
                        .thenComparingInt(f -> f.anchor().orElseThrow().mark().start()))
                .toList();
        for (Figure figure : placed) {
            Anchor anchor = figure.anchor().orElseThrow();
            String text = annotated
                    .article()
                    .passage(anchor.passageId())
                    .orElseThrow()
                    .text();
            String stated = text.substring(anchor.mark().start(), anchor.mark().end());
            Optional<Figure> draft = drafted.figures().values().stream()
                    .filter(Figure::isInText)
                    .filter(d -> overlaps(d.anchor().orElseThrow(), anchor))
                    .findFirst();
            if (draft.isEmpty()) {
                rows.add(new Row(figure.id(), stated, Optional.empty(), false, false, false, false));
                continue;
            }
            Figure d = draft.get();
            Anchor da = d.anchor().orElseThrow();
            String draftStated = text.substring(da.mark().start(), da.mark().end());
            boolean value = figure.when().isPresent()
                    ? figure.when().equals(d.when())
                    : figure.value().isPresent()
                            && d.value().isPresent()
                            && sameNumbers(figure.value().get(), d.value().get());
            boolean unit = figure.when().isPresent()
                    ? d.when().isPresent()
                    : figure.value().isPresent()
                            && d.value().isPresent()
                            && figure.value()
                                    .get()
                                    .unit()
                                    .canonical()
                                    .equals(d.value().get().unit().canonical());
            boolean statedRight = draftStated.endsWith(stated)
                    && stated.length() > 0
                    && draftStated.length() - stated.length() <= 2; // a cue word (下跌) before the number
            boolean unique = anchorer.occurrences(drafted.article(), d.quote().orElseThrow()) == 1;
            rows.add(new Row(figure.id(), stated, Optional.of(d.id()), value, unit, statedRight, unique));
        }
        int notClaimsDrafted = 0;
        for (PlacedNotClaim notClaim : annotated.notClaims()) {
            boolean proposed = drafted.notClaims().stream()
                    .anyMatch(n -> n.passageId().equals(notClaim.passageId())
                            && n.span().start() < notClaim.span().end()
                            && notClaim.span().start() < n.span().end());
            notClaimsDrafted += proposed ? 1 : 0;
        }
        return new Result(rows, annotated.notClaims().size(), notClaimsDrafted);
    }

    private static boolean overlaps(Anchor a, Anchor b) {
        return a.passageId().equals(b.passageId())
                && a.mark().start() < b.mark().end()
                && b.mark().start() < a.mark().end();
    }

    /** Equal in canonical units (the count's noun aside), to rounding noise. */
    private static boolean sameNumbers(Quantity a, Quantity b) {
        Quantity x = a.canonical();
        Quantity y = b.canonical();
        return close(x.low(), y.low()) && close(x.high(), y.high());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static void print(Result result, PrintStream out) {
        out.println("figure\tstated\tdraft id\tvalue\tunit\tstated\tquote unique");
        for (Row row : result.rows()) {
            out.println(String.join(
                    "\t",
                    row.id(),
                    row.stated(),
                    row.drafted().orElse("(none)"),
                    mark(row.value()),
                    mark(row.unit()),
                    mark(row.statedRight()),
                    mark(row.quoteUnique())));
        }
        int n = result.rows().size();
        out.printf(
                "figures placed in the text: %d; drafted: %d; value right: %d; unit right: %d; stated right: %d;"
                        + " quote unique: %d; all four right: %d%n",
                n,
                result.count(r -> r.drafted().isPresent()),
                result.count(Row::value),
                result.count(Row::unit),
                result.count(Row::statedRight),
                result.count(Row::quoteUnique),
                result.count(Row::allRight));
        out.printf(
                "not-claims: %d; proposed as not-claims by the draft: %d%n",
                result.notClaims(), result.notClaimsDrafted());
    }

    private static String mark(boolean right) {
        return right ? "yes" : "NO";
    }
}
