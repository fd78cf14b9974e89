package org.evidencereader.anchor;

import org.evidencereader.figure.NumericMention;
import org.evidencereader.nlp.TextSpan;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure stands in an article.
 *
 * @param passageId the passage that holds the quote
 * @param quote     the quote's offsets in the passage text
 * @param mark      the offsets of the words a reader sees marked: the stated number, or the whole
 *                  quote when it states none
 * @param stated    the number the quote states, parsed, when there is one
 */
public record Anchor(String passageId, TextSpan quote, TextSpan mark, Optional<NumericMention> stated) {

    public Anchor {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(stated, "stated");
        if (!quote.contains(mark)) {
            throw new IllegalArgumentException("the mark must lie inside the quote");
        }
    }
}
