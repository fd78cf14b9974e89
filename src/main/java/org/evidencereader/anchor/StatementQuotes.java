package org.evidencereader.anchor;

import java.util.List;
import java.util.Optional;
import org.evidencereader.article.Article;
import org.evidencereader.claim.StatementDef;
import org.evidencereader.diagnostic.Diagnostic;

/**
 * Places a statement's quote by the same rules as a figure's: as written, then normalised, then
 * approximately, with prefix and suffix to tell repeated words apart; an orphan is an error.
 */
public final class StatementQuotes {

    private StatementQuotes() {}

    /** Where the statement stands; its words are the anchor's {@link Anchor#quote() quote}. */
    public static Optional<Anchor> place(
            Anchorer anchorer,
            Article article,
            StatementDef statement,
            Anchorer.Budget budget,
            List<Diagnostic> problems) {
        return anchorer.place(
                article,
                new Anchorer.Quoted(
                        Wording.statement(statement.id()),
                        statement.quote(),
                        Optional.empty(),
                        statement.prefixText(),
                        statement.suffixText(),
                        statement.quoteAt(),
                        QuoteKind.STATEMENT),
                budget,
                problems);
    }
}
