package org.evidencereader.library;

import java.util.Objects;
import org.evidencereader.nlp.TextSpan;

/**
 * A number in the text that an editor marked as not a figure to check, placed.
 *
 * @param passageId the passage that holds it
 * @param span      the offsets of the number in the passage text (the stated words, or the quote's
 *                  only number; the whole quote when it has no number that can be read)
 * @param text      the words at {@code span}
 * @param reason    the editor's reason
 */
public record PlacedNotClaim(String passageId, TextSpan span, String text, String reason) {

    public PlacedNotClaim {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("the text '" + text + "' does not fit the span " + span);
        }
    }
}
