package org.evidencereader.anchor;

import java.util.ArrayList;
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
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
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
 *       ({@link ApproximatePlacement}), accepted only if its similarity is at least {@link #THRESHOLD},
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
    /**
     * The most approximate-search work (the same cells) for all the quotes of one article together,
     * about a second of one core: 1,970 reworded quotes in one long article once took 106 CPU-seconds,
     * during which no other edit could be read.
     */
    public static final long MAX_CELLS_PER_ARTICLE = 500_000_000L;

    /**
     * The approximate-search work left for one article's quotes: made by {@link #budget()} for each
     * article, spent on one thread. A search that does not fit in what is left is not started.
     */
    public static final class Budget {
        final long total;
        private long left;

        private Budget(long cells) {
            this.total = cells;
            this.left = cells;
        }

        boolean spend(long cells) {
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

    /** What to place: the quote of a figure or of a not-claim, with the words expected around it. */
    record Quoted(
            Message name,
            String quote,
            Optional<String> stated,
            Optional<String> prefix,
            Optional<String> suffix,
            SourcePosition at,
            boolean checked) {
        boolean hasContext() {
            return prefix.isPresent() || suffix.isPresent();
        }

        /** Which words around the quote it gives, as the end of a message key: prefix, suffix or both. */
        String context() {
            return prefix.isPresent() && suffix.isPresent() ? "both" : prefix.isPresent() ? "prefix" : "suffix";
        }
    }

    /** A place where the quote was found; {@code folded} is its start in the folded passage, or -1. */
    record Occurrence(Passage passage, TextSpan span, int folded) {}

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
                        Wording.figure(figure.id()),
                        figure.quote(),
                        figure.statedText(),
                        figure.prefixText(),
                        figure.suffixText(),
                        figure.quoteAt(),
                        true),
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
                        Wording.notClaim(notClaim.quote()),
                        notClaim.quote(),
                        notClaim.statedText(),
                        notClaim.prefixText(),
                        notClaim.suffixText(),
                        notClaim.at(),
                        false),
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

    private Optional<Anchor> place(Article article, Quoted q, Budget budget, List<Diagnostic> problems) {
        List<Passage> passages = quotable(article);
        Map<Passage, NormalisedText> folded = new IdentityHashMap<>();

        List<Occurrence> exact = exactOccurrences(passages, q.quote());
        if (!exact.isEmpty()) { // as written, so its numbers are the quote's
            return choose(article, q, exact, Message.empty(), folded, problems)
                    .map(o ->
                            QuoteText.anchor(q, o.passage(), o.span(), Optional.empty(), Anchor.Match.EXACT, problems));
        }

        NormalisedText quote = NormalisedText.of(q.quote());
        String foldedQuote = quote.folded();
        if (foldedQuote.isEmpty()) {
            problems.add(Diagnostic.error(
                    q.at(), Message.of("diagnostic.quote.not-found", q.name(), article.file(), Wording.COPY_EXACTLY)));
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
            Optional<Occurrence> chosen =
                    choose(article, q, normalised, Message.of("diagnostic.quote.once-normalised"), folded, problems);
            Optional<Message> changed =
                    chosen.flatMap(o -> ChangedNumbers.at(q.quote(), o.passage().text(), o.span()));
            if (changed.isPresent()) {
                Occurrence o = chosen.get();
                problems.add(Diagnostic.error(
                        q.at(),
                        Wording.orphan(
                                q,
                                article,
                                Message.of(
                                        "diagnostic.quote.orphan.numbers-changed-normalised",
                                        QuoteText.shorten(o.passage()
                                                .text()
                                                .substring(
                                                        o.span().start(),
                                                        o.span().end())),
                                        o.passage().id(),
                                        changed.get(),
                                        Wording.COPY_EXACTLY))));
                return Optional.empty();
            }
            chosen.ifPresent(o -> problems.add(Diagnostic.warning(
                    q.at(),
                    Message.of(
                            "diagnostic.quote.normalised",
                            q.name(),
                            differences(quote, QuoteText.folded(o.passage(), folded), o.folded()),
                            o.passage()
                                    .text()
                                    .substring(o.span().start(), o.span().end())))));
            return chosen.map(o ->
                    QuoteText.anchor(q, o.passage(), o.span(), Optional.empty(), Anchor.Match.NORMALISED, problems));
        }
        return ApproximatePlacement.place(article, q, foldedQuote, passages, folded, budget, problems);
    }

    /** The one occurrence to use, with the prefix and suffix deciding between several; else an error. */
    private static Optional<Occurrence> choose(
            Article article,
            Quoted q,
            List<Occurrence> found,
            Message how,
            Map<Passage, NormalisedText> folded,
            List<Diagnostic> problems) {
        if (found.size() == 1) {
            Occurrence only = found.get(0);
            if (q.hasContext() && !fitsContext(only, q, folded)) {
                problems.add(Diagnostic.warning(
                        q.at(),
                        Message.of(
                                "diagnostic.quote.context-moved." + q.context(),
                                q.name(),
                                only.passage().id(),
                                around(only))));
            }
            return Optional.of(only);
        }
        String where = found.stream().map(o -> o.passage().id()).distinct().collect(Collectors.joining(", "));
        Message message;
        if (q.hasContext()) {
            List<Occurrence> fitting =
                    found.stream().filter(o -> fitsContext(o, q, folded)).toList();
            if (fitting.size() == 1) {
                return Optional.of(fitting.get(0));
            }
            message = Message.of(
                    "diagnostic.quote.ambiguous." + q.context(),
                    q.name(),
                    found.size(),
                    article.file(),
                    how,
                    where,
                    fitting.isEmpty() ? Message.of("diagnostic.quote.none") : String.valueOf(fitting.size()));
        } else {
            message = Message.of("diagnostic.quote.ambiguous", q.name(), found.size(), article.file(), how, where);
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
    private static Message differences(NormalisedText quote, NormalisedText passage, int at) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        boolean space = false;
        for (int k = 0; k < quote.length(); k++) {
            String article = passage.originalOf(at + k);
            String copied = quote.originalOf(k);
            if (!article.equals(copied)) {
                pairs.add(List.of(article, copied));
            }
            if (k > 0 && !passage.gapBefore(at + k).equals(quote.gapBefore(k))) {
                space = true;
            }
        }
        List<Message> parts = new ArrayList<>();
        if (!pairs.isEmpty()) {
            List<Message> written = pairs.stream()
                    .limit(4)
                    .map(p -> Message.of("diagnostic.quote.writes.pair", p.get(0), p.get(1)))
                    .toList();
            Message listed = Wording.joined(written, "diagnostic.list");
            parts.add(Message.of(
                    "diagnostic.quote.writes", pairs.size() > 4 ? Message.of("diagnostic.list.more", listed) : listed));
        }
        if (space || parts.isEmpty()) {
            parts.add(Message.of("diagnostic.quote.space-differs"));
        }
        return Wording.joined(parts, "diagnostic.list.semicolon");
    }
}
