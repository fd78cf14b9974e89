package org.evidencereader.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.article.Article;
import org.evidencereader.article.Passage;
import org.evidencereader.claim.Suggestions;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.nlp.TextSpan;

/**
 * The last of the anchorer's stages: a quote found neither as written nor once normalised is looked
 * for approximately ({@link ApproximateSearch}) in every passage, within the article's budget. The
 * best stretch is accepted only if its similarity reaches {@link Anchorer#THRESHOLD}, it still holds
 * the quote's number (none of its numbers changed), and no other stretch comes within
 * {@link Anchorer#MARGIN} of it; otherwise the quote is an orphan, reported with the best candidate,
 * its score and why it was refused.
 */
final class ApproximatePlacement {

    /** The most work (quote length × article length, in characters) one approximate search may do. */
    static final long MAX_CELLS = 20_000_000L;
    /** Below this similarity the closest words are noise, not a reworded quote. */
    static final double NOTHING_LEFT = 0.3;

    private static final int HITS_PER_PASSAGE = 8;

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

    private ApproximatePlacement() {}

    /** The quote's anchor at the one stretch that resembles it well enough, or empty with the orphan's error. */
    static Optional<Anchor> place(
            Article article,
            Anchorer.Quoted q,
            String foldedQuote,
            List<Passage> passages,
            Map<Passage, NormalisedText> folded,
            Anchorer.Budget budget,
            List<Diagnostic> problems) {
        int m = foldedQuote.length();
        long cells = 0;
        for (Passage passage : passages) {
            cells += (long) m * QuoteText.folded(passage, folded).length();
        }
        if (cells > MAX_CELLS) {
            problems.add(orphan(q, article, Message.of("diagnostic.quote.orphan.too-long", m, Wording.COPY_EXACTLY)));
            return Optional.empty();
        }
        if (!budget.spend(cells)) {
            problems.add(orphan(
                    q,
                    article,
                    Message.of("diagnostic.quote.orphan.budget-spent", budget.total, Wording.COPY_EXACTLY)));
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
            problems.add(orphan(q, article, Message.of("diagnostic.quote.orphan.nothing-alike", Wording.COPY_EXACTLY)));
            return Optional.empty();
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .thenComparingDouble(Candidate::similarity)
                .reversed());
        List<Candidate> eligible = candidates.stream()
                .filter(c -> number.isEmpty() || c.number().isPresent())
                .toList();
        if (!eligible.isEmpty() && eligible.get(0).similarity() >= Anchorer.THRESHOLD - 1e-9) {
            Candidate best = eligible.get(0);
            if (eligible.size() > 1 && eligible.get(1).score() >= best.score() - Anchorer.MARGIN - 1e-9) {
                Candidate rival = eligible.get(1);
                problems.add(orphan(
                        q,
                        article,
                        Message.of(
                                "diagnostic.quote.orphan.two-places",
                                best.words(),
                                best.passage().id(),
                                QuoteText.score(best.similarity()),
                                QuoteText.score(Anchorer.THRESHOLD),
                                rival.words(),
                                rival.passage().id(),
                                QuoteText.score(rival.similarity()))));
                return Optional.empty();
            }
            TextSpan span = best.span();
            Optional<Message> changed =
                    ChangedNumbers.at(q.quote(), best.passage().text(), span);
            if (changed.isPresent()) {
                problems.add(orphan(
                        q,
                        article,
                        Message.of(
                                "diagnostic.quote.orphan.numbers-changed",
                                best.words(),
                                best.passage().id(),
                                QuoteText.score(best.similarity()),
                                QuoteText.score(Anchorer.THRESHOLD),
                                changed.get(),
                                Wording.COPY_EXACTLY)));
                return Optional.empty();
            }
            problems.add(Diagnostic.warning(
                    q.at(),
                    Message.of(
                            "diagnostic.quote.approximate",
                            q.name(),
                            best.passage().id(),
                            best.words(),
                            QuoteText.score(best.similarity()))));
            Optional<TextSpan> mark = best.number()
                    .filter(n -> q.stated().isPresent())
                    .map(n -> best.text().originalSpan(n.start(), n.end()));
            return Optional.of(QuoteText.anchor(q, best.passage(), span, mark, Anchor.Match.APPROXIMATE, problems));
        }
        // Shown to the editor: the closest place that keeps the quote's number, if any does.
        Candidate best = eligible.isEmpty() ? candidates.get(0) : eligible.get(0);
        if (best.similarity() < NOTHING_LEFT) {
            problems.add(orphan(
                    q,
                    article,
                    Message.of(
                            "diagnostic.quote.orphan.nothing-left",
                            best.words(),
                            best.passage().id(),
                            QuoteText.score(best.similarity()),
                            Wording.COPY_EXACTLY)));
            return Optional.empty();
        }
        List<Message> reasons = new ArrayList<>();
        if (best.similarity() < Anchorer.THRESHOLD - 1e-9) {
            reasons.add(Message.of("diagnostic.quote.refused.differs", best.edits(), m));
        }
        if (number.isPresent() && best.number().isEmpty()) {
            reasons.add(Message.of(
                    "diagnostic.quote.refused.number-missing." + (q.stated().isPresent() ? "stated" : "only"),
                    QuoteText.keyNumber(q).orElseThrow()));
        }
        problems.add(orphan(
                q,
                article,
                Message.of(
                        "diagnostic.quote.orphan.refused",
                        best.words(),
                        best.passage().id(),
                        QuoteText.score(best.similarity()),
                        QuoteText.score(Anchorer.THRESHOLD),
                        Wording.joined(reasons, "diagnostic.list.and"),
                        Wording.COPY_EXACTLY)));
        return Optional.empty();
    }

    private static Diagnostic orphan(Anchorer.Quoted q, Article article, Message why) {
        return Diagnostic.error(q.at(), Wording.orphan(q, article, why));
    }
}
