package org.evidencereader.anchor;

import java.util.Objects;
import java.util.Optional;
import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.TextSpan;

/**
 * Where a figure (or a not-claim) stands in an article.
 *
 * @param passageId the passage that holds the quote
 * @param quote     the quote's offsets in the passage text
 * @param mark      the offsets of the words a reader sees marked: the stated number, or the whole
 *                  quote when it states none
 * @param stated    the number the quote states, parsed, when there is one
 * @param match     how the quote was found: as written, after normalising, or approximately
 */
public record Anchor(String passageId, TextSpan quote, TextSpan mark, Optional<NumericMention> stated, Match match) {

    /** How a quote was found in the article, from the most to the least certain. */
    public enum Match {
        /** the quote as written */
        EXACT,
        /** the quote once white space, full-width and half-width forms and punctuation are folded */
        NORMALISED,
        /** a stretch of text close enough to the quote, and clearly closer than any other */
        APPROXIMATE
    }

    public Anchor {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(match, "match");
        if (!quote.contains(mark)) {
            throw new IllegalArgumentException("the mark must lie inside the quote");
        }
    }
}
