package org.evidencereader.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;

/**
 * What the templates show of derivations where the whole of it could be large, as
 * {@code #derivations} (see {@link ReaderDialect}): one per page rendered, so the sources worked
 * out for one card are reused by the next. Every list it gives is bounded whatever the library.
 */
public final class Derivations {

    /** Inputs named on a card; the rest are on the figure's page. */
    static final int CARD_INPUTS = 5;
    /** Pieces of arithmetic (values, operators, result) a card shows: a formula of up to 20 operators. */
    static final int CARD_TERMS = 43;

    private final Map<ReaderArticle, CitedSources> sources = new HashMap<>();

    /** The figure's tree for its derivation page. */
    public DerivationTree.Node tree(ReaderArticle article, Figure figure) {
        return DerivationTree.of(article, figure);
    }

    /** The sentence that states the figure, its words marked; empty for an implied figure. */
    public Optional<QuoteInContext> quote(ReaderArticle article, Figure figure) {
        return QuoteInContext.of(article, figure);
    }

    /** At most {@value CitedSources#SHOWN} of the sources {@link ReaderArticle#citedSources} lists, and whether there are more. */
    public CitedSources.Cited sources(ReaderArticle article, Figure figure) {
        return sources.computeIfAbsent(article, CitedSources::new).of(figure);
    }

    /** Whether the figure's arithmetic is short enough for a card or a table cell. */
    public boolean shortArithmetic(Figure figure) {
        return figure.arithmetic().size() <= CARD_TERMS;
    }

    /** The first inputs of the figure, to name on a card. */
    public List<String> someInputs(Figure figure) {
        List<String> inputs = figure.inputs();
        return inputs.size() > CARD_INPUTS ? inputs.subList(0, CARD_INPUTS) : inputs;
    }

    /** How many inputs {@link #someInputs} leaves out. */
    public int moreInputs(Figure figure) {
        return Math.max(0, figure.inputs().size() - CARD_INPUTS);
    }
}
