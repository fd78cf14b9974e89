package org.evidencereader.anchor;

import org.evidencereader.article.Article;
import org.evidencereader.article.Passage;
import org.evidencereader.article.PassageKind;
import org.evidencereader.claim.FigureDef;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.figure.NumeralParser;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places each figure's quote in exactly one passage of its article and finds the number the quote
 * states. A quote that is missing or found more than once is a diagnostic at the quote in the claim
 * file; it is never attached to a guess.
 */
public final class Anchorer {

    private record Occurrence(Passage passage, int start) {
    }

    /** The figure's anchor, or empty for an implied figure (no quote) or a quote that cannot be placed. */
    public Optional<Anchor> place(Article article, FigureDef figure, List<Diagnostic> problems) {
        if (figure.quoteText().isEmpty()) {
            return Optional.empty();
        }
        String quote = figure.quote();
        List<Occurrence> found = new ArrayList<>();
        for (Passage passage : article.passages()) {
            if (passage.kind() == PassageKind.CODE) {
                continue; // shown verbatim, never marked: a quote there could not be read as a figure
            }
            for (int i = passage.text().indexOf(quote); i >= 0; i = passage.text().indexOf(quote, i + 1)) {
                found.add(new Occurrence(passage, i));
            }
        }
        if (found.isEmpty()) {
            problems.add(Diagnostic.error(figure.quoteAt(), "quote of '" + figure.id() + "' not found in " + article.file()
                    + nearest(article, quote) + ": copy the words exactly from the article (a quote may not span two paragraphs)"));
            return Optional.empty();
        }
        if (found.size() > 1) {
            String where = found.stream().map(o -> o.passage().id()).distinct().collect(Collectors.joining(", "));
            problems.add(Diagnostic.error(figure.quoteAt(), "quote of '" + figure.id() + "' occurs " + found.size()
                    + " times in " + article.file() + " (" + where + "): add neighbouring words until it is unique"));
            return Optional.empty();
        }
        Occurrence at = found.get(0);
        TextSpan quoteSpan = new TextSpan(at.start(), at.start() + quote.length());
        return Optional.of(statedIn(figure, at, quoteSpan, problems));
    }

    private Anchor statedIn(FigureDef figure, Occurrence at, TextSpan quoteSpan, List<Diagnostic> problems) {
        String quote = figure.quote();
        if (figure.statedText().isPresent()) {
            String stated = figure.stated();
            int offset = quote.indexOf(stated);
            TextSpan mark = new TextSpan(quoteSpan.start() + offset, quoteSpan.start() + offset + stated.length());
            Optional<NumericMention> parsed = NumeralParser.parseOne(stated);
            if (parsed.isEmpty()) {
                problems.add(Diagnostic.warning(figure.quoteAt(), "stated '" + stated + "' of '" + figure.id()
                        + "' holds no number that can be read; the figure is shown but not checked"));
            }
            return new Anchor(at.passage().id(), quoteSpan, mark, parsed);
        }
        List<NumericMention> mentions = NumeralParser.find(quote);
        if (mentions.size() == 1) {
            NumericMention only = mentions.get(0);
            TextSpan mark = new TextSpan(quoteSpan.start() + only.start(), quoteSpan.start() + only.end());
            return new Anchor(at.passage().id(), quoteSpan, mark, Optional.of(only));
        }
        if (mentions.size() > 1) {
            String all = mentions.stream().map(m -> "'" + m.text() + "'").collect(Collectors.joining(", "));
            problems.add(Diagnostic.warning(figure.quoteAt(), "quote of '" + figure.id() + "' holds " + mentions.size()
                    + " numbers (" + all + "): add 'stated:' with the one this figure is about"));
        }
        return new Anchor(at.passage().id(), quoteSpan, quoteSpan, Optional.empty());
    }

    /** A hint for a quote that is not found: the longest beginning of it that the article does contain. */
    private static String nearest(Article article, String quote) {
        for (int length = quote.length() - 1; length >= Math.min(4, quote.length()); length--) {
            String prefix = quote.substring(0, length);
            for (Passage passage : article.passages()) {
                int i = passage.text().indexOf(prefix);
                if (i >= 0) {
                    int end = Math.min(passage.text().length(), i + quote.length());
                    return " (closest: '" + passage.text().substring(i, end) + "' in " + passage.id() + ")";
                }
            }
        }
        return "";
    }
}
