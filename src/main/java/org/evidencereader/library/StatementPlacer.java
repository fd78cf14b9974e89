package org.evidencereader.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.anchor.StatementQuotes;
import org.evidencereader.article.Article;
import org.evidencereader.article.Inline;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.StatementDef;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.nlp.TextSpan;

/**
 * Places an article's statements after its figures. A statement's words may hold a figure's marked
 * number whole (李彦宏's sentence with its 10年、20年): a reader expects both, the sentence's card on
 * its words and the figure's on the number, so both are marked. A quote that cuts a figure's marked
 * words in two, or overlaps another statement, has no single reading: it is an error, and the
 * statement is listed but not marked.
 */
final class StatementPlacer {

    private StatementPlacer() {}

    static List<PlacedStatement> place(
            Anchorer anchorer,
            Article article,
            Registry registry,
            Map<String, List<Mark>> figureMarks,
            Anchorer.Budget budget,
            List<Diagnostic> problems) {
        List<PlacedStatement> placed = new ArrayList<>();
        for (StatementDef def : registry.statements()) {
            Optional<Anchor> anchor = StatementQuotes.place(anchorer, article, def, budget, problems)
                    .filter(a -> fits(article, def, a, figureMarks, placed, problems));
            anchor.ifPresent(a -> warnOfHiddenLinks(article, def, a, problems));
            placed.add(new PlacedStatement(
                    def.id(),
                    def.claim(),
                    def.quote(),
                    anchor.map(Anchor::passageId),
                    anchor.map(Anchor::quote),
                    def.verdict(),
                    def.noteText(),
                    def.sources().stream()
                            .map(ref -> registry.sources().get(ref.id()))
                            .filter(Objects::nonNull)
                            .toList(),
                    def.at()));
        }
        return List.copyOf(placed);
    }

    private static boolean fits(
            Article article,
            StatementDef def,
            Anchor anchor,
            Map<String, List<Mark>> figureMarks,
            List<PlacedStatement> placed,
            List<Diagnostic> problems) {
        TextSpan words = anchor.quote();
        for (PlacedStatement other : placed) {
            if (other.passageId().equals(Optional.of(anchor.passageId()))
                    && overlap(other.span().orElseThrow(), words)) {
                problems.add(Diagnostic.error(
                        def.quoteAt(), Message.of("diagnostic.statement.overlap", def.id(), other.id())));
                return false;
            }
        }
        for (Mark mark : figureMarks.getOrDefault(anchor.passageId(), List.of())) {
            TextSpan number = mark.span();
            boolean inside = words.start() <= number.start() && number.end() <= words.end();
            if (overlap(number, words) && !inside) {
                String marked = article.passage(anchor.passageId())
                        .orElseThrow()
                        .text()
                        .substring(number.start(), number.end());
                problems.add(Diagnostic.error(
                        def.quoteAt(),
                        Message.of("diagnostic.statement.cuts-figure", def.id(), marked, mark.figureId())));
                return false;
            }
        }
        return true;
    }

    /**
     * A statement's words are one link, to its card, and a link cannot hold another: a link of the
     * article's inside them is shown as text (ReaderArticle#segments). Say so, rather than lose it silently.
     */
    private static void warnOfHiddenLinks(Article article, StatementDef def, Anchor anchor, List<Diagnostic> problems) {
        for (Inline inline : article.passage(anchor.passageId()).orElseThrow().inlines()) {
            if (inline instanceof Inline.Link link && overlap(new TextSpan(link.start(), link.end()), anchor.quote())) {
                problems.add(Diagnostic.warning(
                        def.quoteAt(), Message.of("diagnostic.statement.link-inside", link.href(), def.id())));
            }
        }
    }

    private static boolean overlap(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
