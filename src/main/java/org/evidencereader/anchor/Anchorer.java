package org.evidencereader.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencereader.article.Article;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.claim.NotClaim;
import org.evidencereader.claim.Suggestions;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.nlp.TextSpan;

/**
 * Places each figure's quote in exactly one passage of its article and finds the number the quote
 * states. When the article has changed since the quote was copied, it looks again, in order:
 * <ol>
 *   <li><b>exact</b>: the quote as written; if it occurs more than once, the optional prefix and
 *       suffix (words expected right before and after it) pick the occurrence;</li>
 *   <li><b>normalised</b>: white space dropped, full-width forms and Chinese punctuation folded to
 *       their ASCII counterparts ({@link NormalisedText}); placed with a warning;</li>
 *   <li><b>approximate</b>: the stretch of a passage with the fewest edits from the quote
 *       ({@link ApproximateSearch}), accepted only if its similarity is at least {@link #THRESHOLD},
 *       it still holds the stated number, and no other stretch comes within {@link #MARGIN} of it;
 *       placed with a warning.</li>
 * </ol>
 * A quote that none of these places is an orphan: an error that names the best candidate, its score
 * and why it was refused. A quote is never attached to a guess.
 *
 * <p>Stateless and thread-safe.
 */
public final class Anchorer {

    /** The least similarity (1 − edits ÷ quote length) at which an approximate match is accepted. */
    public static final double THRESHOLD = 0.85;
    /** How much better than every other stretch the accepted one must score. */
    public static final double MARGIN = 0.05;
    /** The most work (quote length × article length, in characters) one approximate search may do. */
    static final long MAX_CELLS = 20_000_000L;
    /**
     * The most approximate-search work (the same cells) for all the quotes of one article together,
     * about a second of one core: 1,970 reworded quotes in one long article once took 106 CPU-seconds,
     * during which no other edit could be read.
     */
    public static final long MAX_CELLS_PER_ARTICLE = 500_000_000L;

    private static final int HITS_PER_PASSAGE = 8;

    /**
     * The approximate-search work left for one article's quotes: made by {@link #budget()} for each
     * article, spent on one thread. A search that does not fit in what is left is not started.
     */
    public static final class Budget {
        private final long total;
        private long left;

        private Budget(long cells) {
            this.total = cells;
            this.left = cells;
        }

        private boolean spend(long cells) {
            if (cells > left) {
                return false;
            }
            left -= cells;
            return true;
        }
    }

    private final long cellsPerArticle;

    /** The anchorer with {@link #MAX_CELLS_PER_ARTICLE} of approximate search per article. */
    public Anchorer() {
        this(MAX_CELLS_PER_ARTICLE);
    }

    /** @param cellsPerArticle the approximate-search work allowed for one article's quotes */
    public Anchorer(long cellsPerArticle) {
        this.cellsPerArticle = cellsPerArticle;
    }

    /** A fresh budget for the quotes of one article. */
    public Budget budget() {
        return new Budget(cellsPerArticle);
    }
    /** Below this similarity the closest words are noise, not a reworded quote. */
    static final double NOTHING_LEFT = 0.3;

    private static final String COPY_EXACTLY =
            "copy the words exactly from the article (a quote may not span two paragraphs)";

    /** What to place: the quote of a figure, a not-claim or a statement, with the words expected around it. */
    record Quoted(
            String name,
            String quote,
            Optional<String> stated,
            Optional<String> prefix,
            Optional<String> suffix,
            SourcePosition at,
            QuoteKind kind) {
        boolean hasContext() {
            return prefix.isPresent() || suffix.isPresent();
        }

        String contextKeys() {
            return prefix.isPresent() && suffix.isPresent()
                    ? "prefix and suffix"
                    : prefix.isPresent() ? "prefix" : "suffix";
        }
    }

    /** A place where the quote was found; {@code folded} is its start in the folded passage, or -1. */
    record Occurrence(Passage passage, TextSpan span, int folded) {}

    /** A stretch of a passage that resembles the quote; offsets in the folded passage text. */
    private record Candidate(
            Passage passage,
            NormalisedText text,
            int start,
            int end,
            int edits,
            double similarity,
            double score,
            Optional<TextSpan> number) {
        TextSpan span() {
            int from = number.map(n -> Math.min(start, n.start())).orElse(start);
            int to = number.map(n -> Math.max(end, n.end())).orElse(end);
            return text.originalSpan(from, to);
        }

        String words() {
            return QuoteText.shorten(text.original().substring(span().start(), span().end()));
        }
    }

    /** The figure's anchor, or empty for an implied figure (no quote) or a quote that cannot be placed. */
    public Optional<Anchor> place(Article article, FigureDef figure, List<Diagnostic> problems) {
        return place(article, figure, budget(), problems);
    }

    /** {@link #place(Article, FigureDef, List)}, spending approximate search from the article's budget. */
    public Optional<Anchor> place(Article article, FigureDef figure, Budget budget, List<Diagnostic> problems) {
        if (figure.quoteText().isEmpty()) {
            return Optional.empty();
        }
        return place(
                article,
                new Quoted(
                        "'" + figure.id() + "'",
                        figure.quote(),
                        figure.statedText(),
                        figure.prefixText(),
                        figure.suffixText(),
                        figure.quoteAt(),
                        QuoteKind.FIGURE),
                budget,
                problems);
    }

    /** Where a not-claim's number stands, by the same rules as a figure's quote. */
    public Optional<Anchor> place(Article article, NotClaim notClaim, List<Diagnostic> problems) {
        return place(article, notClaim, budget(), problems);
    }

    /** {@link #place(Article, NotClaim, List)}, spending approximate search from the article's budget. */
    public Optional<Anchor> place(Article article, NotClaim notClaim, Budget budget, List<Diagnostic> problems) {
        return place(
                article,
                new Quoted(
                        "not-claim '" + notClaim.quote() + "'",
                        notClaim.quote(),
                        notClaim.statedText(),
                        notClaim.prefixText(),
                        notClaim.suffixText(),
                        notClaim.at(),
                        QuoteKind.NOT_CLAIM),
                budget,
                problems);
    }

    /**
     * How many times {@code quote} occurs as written in the article's text where quotes are placed:
     * a quote is unique, and placed without 'prefix' or 'suffix', exactly when this is 1.
     */
    public int occurrences(Article article, String quote) {
        return exactOccurrences(quotable(article), quote).size();
    }

    private static List<Passage> quotable(Article article) {
        return article.passages().stream()
                .filter(p -> p.kind() != PassageKind.CODE) // shown verbatim, never marked
                .toList();
    }

    private static List<Occurrence> exactOccurrences(List<Passage> passages, String quote) {
        List<Occurrence> exact = new ArrayList<>();
        if (quote.isEmpty()) {
            return exact;
        }
        for (Passage passage : passages) {
            String text = passage.text();
            for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
                exact.add(new Occurrence(passage, new TextSpan(i, i + quote.length()), -1));
            }
        }
        return exact;
    }

    Optional<Anchor> place(Article article, Quoted q, Budget budget, List<Diagnostic> problems) {
        List<Passage> passages = quotable(article);
        Map<Passage, NormalisedText> folded = new IdentityHashMap<>();

        List<Occurrence> exact = exactOccurrences(passages, q.quote());
        if (!exact.isEmpty()) { // as written, so its numbers are the quote's
            return choose(article, q, exact, "", folded, problems)
                    .map(o ->
                            QuoteText.anchor(q, o.passage(), o.span(), Optional.empty(), Anchor.Match.EXACT, problems));
        }

        NormalisedText quote = NormalisedText.of(q.quote());
        String foldedQuote = quote.folded();
        if (foldedQuote.isEmpty()) {
            problems.add(Diagnostic.error(
                    q.at(), "quote of " + q.name() + " not found in " + article.file() + ": " + COPY_EXACTLY));
            return Optional.empty();
        }
        List<Occurrence> normalised = new ArrayList<>();
        for (Passage passage : passages) {
            NormalisedText text = QuoteText.folded(passage, folded);
            String f = text.folded();
            for (int i = f.indexOf(foldedQuote); i >= 0; i = f.indexOf(foldedQuote, i + 1)) {
                normalised.add(new Occurrence(passage, text.originalSpan(i, i + foldedQuote.length()), i));
            }
        }
        if (!normalised.isEmpty()) {
            Optional<Occurrence> chosen = choose(article, q, normalised, " once normalised", folded, problems);
            Optional<String> changed =
                    chosen.flatMap(o -> ChangedNumbers.at(q.quote(), o.passage().text(), o.span()));
            if (changed.isPresent()) {
                Occurrence o = chosen.get();
                problems.add(Diagnostic.error(
                        q.at(),
                        "quote of " + q.name() + " not found in " + article.file()
                                + ", so it is an orphan: it matches '"
                                + QuoteText.shorten(o.passage()
                                        .text()
                                        .substring(o.span().start(), o.span().end()))
                                + "' in " + o.passage().id() + " once normalised, but the numbers changed there: "
                                + changed.get()
                                + "; " + COPY_EXACTLY));
                return Optional.empty();
            }
            chosen.ifPresent(o -> problems.add(Diagnostic.warning(
                    q.at(),
                    "quote of " + q.name()
                            + " matched only after normalising ("
                            + differences(quote, QuoteText.folded(o.passage(), folded), o.folded())
                            + "): update the quote to the article's text '"
                            + o.passage()
                                    .text()
                                    .substring(o.span().start(), o.span().end())
                            + "'")));
            return chosen.map(o ->
                    QuoteText.anchor(q, o.passage(), o.span(), Optional.empty(), Anchor.Match.NORMALISED, problems));
        }
        return approximate(article, q, foldedQuote, passages, folded, budget, problems);
    }

    /** The one occurrence to use, with the prefix and suffix deciding between several; else an error. */
    private static Optional<Occurrence> choose(
            Article article,
            Quoted q,
            List<Occurrence> found,
            String how,
            Map<Passage, NormalisedText> folded,
            List<Diagnostic> problems) {
        if (found.size() == 1) {
            Occurrence only = found.get(0);
            if (q.hasContext() && !fitsContext(only, q, folded)) {
                problems.add(Diagnostic.warning(
                        q.at(),
                        "the " + q.contextKeys() + " of " + q.name()
                                + " no longer stand"
                                + (q.prefix().isPresent() && q.suffix().isPresent() ? "" : "s")
                                + " right next to its quote in "
                                + only.passage().id() + " (the article has '"
                                + around(only) + "'): update '"
                                + q.contextKeys().replace(" and ", "' and '") + "' or remove "
                                + (q.prefix().isPresent() && q.suffix().isPresent() ? "them" : "it")));
            }
            return Optional.of(only);
        }
        String where = found.stream().map(o -> o.passage().id()).distinct().collect(Collectors.joining(", "));
        String message = "quote of " + q.name() + " occurs " + found.size() + " times in " + article.file() + how + " ("
                + where + ")";
        if (q.hasContext()) {
            List<Occurrence> fitting =
                    found.stream().filter(o -> fitsContext(o, q, folded)).toList();
            if (fitting.size() == 1) {
                return Optional.of(fitting.get(0));
            }
            message += " and its " + q.contextKeys() + " fit"
                    + (q.prefix().isPresent() && q.suffix().isPresent() ? "" : "s")
                    + " " + (fitting.isEmpty() ? "none" : fitting.size()) + " of them: make '"
                    + q.contextKeys().replace(" and ", "' or '")
                    + "' longer, or add neighbouring words until the quote is unique";
        } else {
            message += ": add neighbouring words until it is unique, or give a 'prefix' or 'suffix' (the words right "
                    + "before or after it)";
        }
        problems.add(Diagnostic.error(q.at(), message));
        return Optional.empty();
    }

    /** Whether the words before and after an occurrence are the prefix and suffix (compared normalised). */
    private static boolean fitsContext(Occurrence o, Quoted q, Map<Passage, NormalisedText> folded) {
        NormalisedText text = QuoteText.folded(o.passage(), folded);
        String f = text.folded();
        int start = text.foldedOffset(o.span().start());
        int end = text.foldedOffset(o.span().end());
        boolean prefix = q.prefix()
                .map(p -> f.substring(0, start).endsWith(NormalisedText.fold(p)))
                .orElse(true);
        boolean suffix =
                q.suffix().map(s -> f.startsWith(NormalisedText.fold(s), end)).orElse(true);
        return prefix && suffix;
    }

    private static String around(Occurrence o) {
        String text = o.passage().text();
        int from = Math.max(0, o.span().start() - 8);
        int to = Math.min(text.length(), o.span().end() + 8);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** What folding had to forgive: the characters the article writes differently, and white space. */
    private static String differences(NormalisedText quote, NormalisedText passage, int at) {
        Set<String> pairs = new LinkedHashSet<>();
        boolean space = false;
        for (int k = 0; k < quote.length(); k++) {
            String article = passage.originalOf(at + k);
            String copied = quote.originalOf(k);
            if (!article.equals(copied)) {
                pairs.add("'" + article + "' for '" + copied + "'");
            }
            if (k > 0 && !passage.gapBefore(at + k).equals(quote.gapBefore(k))) {
                space = true;
            }
        }
        List<String> parts = new ArrayList<>();
        if (!pairs.isEmpty()) {
            parts.add("the article writes " + pairs.stream().limit(4).collect(Collectors.joining(", "))
                    + (pairs.size() > 4 ? ", …" : ""));
        }
        if (space) {
            parts.add("white space differs");
        }
        return parts.isEmpty() ? "white space differs" : String.join("; ", parts);
    }

    private Optional<Anchor> approximate(
            Article article,
            Quoted q,
            String foldedQuote,
            List<Passage> passages,
            Map<Passage, NormalisedText> folded,
            Budget budget,
            List<Diagnostic> problems) {
        String orphan = "quote of " + q.name() + " not found in " + article.file() + ", so it is an orphan: ";
        int m = foldedQuote.length();
        long cells = 0;
        for (Passage passage : passages) {
            cells += (long) m * QuoteText.folded(passage, folded).length();
        }
        if (cells > MAX_CELLS) {
            problems.add(Diagnostic.error(
                    q.at(),
                    orphan + "the quote (" + m + " characters) is too long to look for "
                            + "approximately in an article this long; " + COPY_EXACTLY));
            return Optional.empty();
        }
        if (!budget.spend(cells)) {
            problems.add(Diagnostic.error(
                    q.at(),
                    orphan + "it was not looked for approximately, because the quotes before it"
                            + " in this article, not found exactly either, used up the approximate search one article may do ("
                            + budget.total + " character comparisons); " + COPY_EXACTLY
                            + ", here and in those quotes"));
            return Optional.empty();
        }
        Optional<String> number =
                QuoteText.keyNumber(q).map(NormalisedText::fold).filter(n -> !n.isEmpty());
        String prefix = q.prefix().map(NormalisedText::fold).orElse("");
        String suffix = q.suffix().map(NormalisedText::fold).orElse("");
        List<Candidate> candidates = new ArrayList<>();
        for (Passage passage : passages) {
            NormalisedText text = QuoteText.folded(passage, folded);
            for (ApproximateSearch.Hit hit : ApproximateSearch.search(foldedQuote, text.folded(), HITS_PER_PASSAGE)) {
                double similarity = 1.0 - (double) hit.edits() / m;
                double score = similarity * m;
                if (!prefix.isEmpty()) {
                    String before = text.folded().substring(Math.max(0, hit.start() - prefix.length()), hit.start());
                    score += Math.max(0, prefix.length() - Suggestions.distance(prefix, before));
                }
                if (!suffix.isEmpty()) {
                    String after =
                            text.folded().substring(hit.end(), Math.min(text.length(), hit.end() + suffix.length()));
                    score += Math.max(0, suffix.length() - Suggestions.distance(suffix, after));
                }
                score /= m + prefix.length() + suffix.length();
                Optional<TextSpan> at =
                        number.isEmpty() ? Optional.empty() : QuoteText.numberNear(text.folded(), number.get(), hit);
                candidates.add(
                        new Candidate(passage, text, hit.start(), hit.end(), hit.edits(), similarity, score, at));
            }
        }
        if (candidates.isEmpty()) {
            problems.add(Diagnostic.error(q.at(), orphan + "nothing in the article resembles it; " + COPY_EXACTLY));
            return Optional.empty();
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .thenComparingDouble(Candidate::similarity)
                .reversed());
        List<Candidate> eligible = candidates.stream()
                .filter(c -> number.isEmpty() || c.number().isPresent())
                .toList();
        if (!eligible.isEmpty() && eligible.get(0).similarity() >= THRESHOLD - 1e-9) {
            Candidate best = eligible.get(0);
            if (eligible.size() > 1 && eligible.get(1).score() >= best.score() - MARGIN - 1e-9) {
                Candidate rival = eligible.get(1);
                problems.add(Diagnostic.error(
                        q.at(),
                        orphan + "best candidate '" + best.words() + "' in "
                                + best.passage().id() + " scored " + QuoteText.score(best.similarity()) + " (threshold "
                                + QuoteText.score(THRESHOLD)
                                + ") — refused because '" + rival.words() + "' in "
                                + rival.passage().id() + " scores "
                                + QuoteText.score(rival.similarity())
                                + " too, so the quote fits two places: update the quote to the "
                                + "article's words, or give a 'prefix' or 'suffix' that tells them apart"));
                return Optional.empty();
            }
            TextSpan span = best.span();
            Optional<String> changed =
                    ChangedNumbers.at(q.quote(), best.passage().text(), span);
            if (changed.isPresent()) {
                problems.add(Diagnostic.error(
                        q.at(),
                        orphan + "best candidate '" + best.words() + "' in "
                                + best.passage().id() + " scored " + QuoteText.score(best.similarity()) + " (threshold "
                                + QuoteText.score(THRESHOLD) + ") — refused because the numbers changed: "
                                + changed.get() + "; " + COPY_EXACTLY));
                return Optional.empty();
            }
            problems.add(Diagnostic.warning(
                    q.at(),
                    "quote of " + q.name() + " not found exactly; placed at "
                            + best.passage().id() + " '" + best.words() + "' with similarity "
                            + QuoteText.score(best.similarity())
                            + ": update the quote to the article's text"));
            Optional<TextSpan> mark = best.number()
                    .filter(n -> q.stated().isPresent())
                    .map(n -> best.text().originalSpan(n.start(), n.end()));
            return Optional.of(QuoteText.anchor(q, best.passage(), span, mark, Anchor.Match.APPROXIMATE, problems));
        }
        // Shown to the editor: the closest place that keeps the quote's number, if any does.
        Candidate best = eligible.isEmpty() ? candidates.get(0) : eligible.get(0);
        if (best.similarity() < NOTHING_LEFT) {
            problems.add(Diagnostic.error(
                    q.at(),
                    orphan + "nothing like it is left in the article (the closest words, '"
                            + best.words() + "' in " + best.passage().id() + ", share only "
                            + QuoteText.score(best.similarity()) + " of it): if the"
                            + " sentence was removed, delete 'quote' (and 'stated', 'prefix', 'suffix') so that the figure is implied, or"
                            + " delete the figure; if it was reworded, " + COPY_EXACTLY));
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (best.similarity() < THRESHOLD - 1e-9) {
            reasons.add("it differs from the quote in " + best.edits() + " of " + m + " characters");
        }
        if (number.isPresent() && best.number().isEmpty()) {
            reasons.add("the " + (q.stated().isPresent() ? "stated " : "") + "number '"
                    + QuoteText.keyNumber(q).orElseThrow() + "' is not in it");
        }
        problems.add(Diagnostic.error(
                q.at(),
                orphan + "best candidate '" + best.words() + "' in "
                        + best.passage().id()
                        + " scored " + QuoteText.score(best.similarity()) + " (threshold " + QuoteText.score(THRESHOLD)
                        + ") — refused because "
                        + String.join(", and ", reasons) + "; " + COPY_EXACTLY));
        return Optional.empty();
    }
}
