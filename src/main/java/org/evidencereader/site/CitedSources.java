package org.evidencereader.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;

/**
 * The first sources of each figure of one article, as {@link ReaderArticle#citedSources} lists them
 * (a figure's own, or for a derived figure without any, those of the figures it is computed from,
 * each once, depth first), but at most {@link #SHOWN} of them and worked out once per figure.
 * Listing every source of every figure's whole ancestry on a page of cards grows with the square
 * of the figures (1,960 figures on long formulas made a 237 MB reader page).
 *
 * <p>The first n distinct sources of a list made of parts are among the first n distinct sources of
 * each part, so each figure's short list is made from its inputs' short lists. The figures are
 * visited without recursion: a derivation may be as deep as an article has figures.
 */
final class CitedSources {

    /** Sources shown for one figure where many figures are listed (a card, a print note, the ledger). */
    static final int SHOWN = 3;

    /** The sources to show and whether the figure has more. */
    record Cited(List<SourceDef> shown, boolean more) {}

    private final ReaderArticle article;
    /** Up to {@code SHOWN + 1} sources per figure, the one more telling that there are more. */
    private final Map<String, List<SourceDef>> firstSources = new HashMap<>();

    CitedSources(ReaderArticle article) {
        this.article = article;
    }

    Cited of(Figure figure) {
        if (!figure.sources().isEmpty() || !figure.isDerived()) {
            return cut(figure.sources());
        }
        return cut(first(figure));
    }

    private static Cited cut(List<SourceDef> sources) {
        return sources.size() > SHOWN
                ? new Cited(List.copyOf(sources.subList(0, SHOWN)), true)
                : new Cited(sources, false);
    }

    /** The figure's own sources, then those of its inputs in order, each once, at most SHOWN + 1. */
    private List<SourceDef> first(Figure figure) {
        // Post-order: a figure is worked out once all its inputs have been.
        Deque<Figure> pending = new ArrayDeque<>();
        pending.push(figure);
        while (!pending.isEmpty()) {
            Figure next = pending.peek();
            if (firstSources.containsKey(next.id())) {
                pending.pop();
                continue;
            }
            List<Figure> inputs = inputs(next);
            boolean ready = true;
            for (Figure input : inputs) {
                if (!firstSources.containsKey(input.id())) {
                    pending.push(input);
                    ready = false;
                }
            }
            if (ready) {
                pending.pop();
                Set<SourceDef> sources = new LinkedHashSet<>();
                add(sources, next.sources());
                for (Figure input : inputs) {
                    add(sources, firstSources.get(input.id()));
                }
                firstSources.put(next.id(), List.copyOf(sources));
            }
        }
        return firstSources.get(figure.id());
    }

    private static void add(Set<SourceDef> into, List<SourceDef> sources) {
        for (SourceDef source : sources) {
            if (into.size() > SHOWN) {
                return;
            }
            into.add(source);
        }
    }

    private List<Figure> inputs(Figure figure) {
        List<Figure> inputs = new ArrayList<>(figure.inputs().size());
        for (String id : figure.inputs()) {
            Optional<Figure> input = article.figure(id);
            input.ifPresent(inputs::add);
        }
        return inputs;
    }
}
