package org.evidencereader.site;

import java.util.Optional;
import org.evidencereader.anchor.Anchor;
import org.evidencereader.article.Passage;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;

/**
 * The sentence of the article that states a figure, cut around the marked words: what a reader
 * needs to see the number in its place, without the whole paragraph.
 *
 * @param before the sentence's words before the marked ones ("…" first when the sentence was cut)
 * @param quote  the marked words
 * @param after  the sentence's words after them ("…" last when cut)
 */
public record QuoteInContext(String before, String quote, String after) {

    /** Longest context kept on either side of the quote in a sentence without ends. */
    static final int MAX_SIDE = 160;

    private static final String ENDS = "。！？!?；;\n";

    public static Optional<QuoteInContext> of(ReaderArticle article, Figure figure) {
        Optional<Anchor> anchor = figure.anchor();
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Optional<Passage> passage = article.article().passage(anchor.get().passageId());
        return passage.map(p -> around(
                p.text(), anchor.get().mark().start(), anchor.get().mark().end()));
    }

    /** The sentence of {@code text} that holds {@code [start, end)}, its end mark included. */
    static QuoteInContext around(String text, int start, int end) {
        int from = start;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        String before = text.substring(Math.max(from, start - MAX_SIDE), start).stripLeading();
        String after = text.substring(end, Math.min(to, end + MAX_SIDE)).stripTrailing();
        return new QuoteInContext(
                (start - from > MAX_SIDE ? "…" : "") + before,
                text.substring(start, end),
                after + (to - end > MAX_SIDE ? "…" : ""));
    }
}
