package org.evidencereader.claim;

import java.util.Objects;
import java.util.Optional;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A number in the article that is deliberately not a figure to check, such as a count of the
 * products the text names, with the reason.
 *
 * @param quote  the article's words around the number, as the editor copied them
 * @param stated the number inside the quote, when given; null otherwise
 * @param prefix words expected right before the quote; null when not given
 * @param suffix words expected right after the quote; null when not given
 * @param reason why the number is not a figure to check
 * @param at     where the quote was written
 */
public record NotClaim(String quote, String stated, String prefix, String suffix, String reason, SourcePosition at) {

    public NotClaim {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (stated != null && !quote.contains(stated)) {
            throw new IllegalArgumentException("stated '" + stated + "' is not in the quote '" + quote + "'");
        }
    }

    public Optional<String> statedText() {
        return Optional.ofNullable(stated);
    }

    public Optional<String> prefixText() {
        return Optional.ofNullable(prefix);
    }

    public Optional<String> suffixText() {
        return Optional.ofNullable(suffix);
    }
}
