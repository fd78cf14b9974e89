package org.evidencereader.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A figure as an editor wrote it in a claim file, before references are resolved.
 *
 * @param quote    the article's words that state the figure, or null for an implied figure
 * @param stated   the number inside the quote, when the quote holds several; null otherwise
 * @param prefix   words expected right before the quote in the article, to tell repeated or edited
 *                 quotes apart; null when not given
 * @param suffix   words expected right after the quote; null when not given
 * @param sources  ids of the cited sources, with where each was written
 * @param at       where the figure's id was written
 * @param quoteAt  where the quote was written (the figure's position when there is no quote)
 */
public record FigureDef(
        String id,
        Label label,
        String quote,
        String stated,
        String prefix,
        String suffix,
        Definition definition,
        List<Reference> sources,
        Verdict verdict,
        String note,
        SourcePosition at,
        SourcePosition quoteAt) {

    /** A reference to another id, remembering where it was written. */
    public record Reference(String id, SourcePosition at) {}

    public FigureDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(at, "at");
        sources = List.copyOf(sources);
        quoteAt = quoteAt == null ? at : quoteAt;
    }

    public Optional<String> quoteText() {
        return Optional.ofNullable(quote);
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

    public Optional<Verdict> verdictValue() {
        return Optional.ofNullable(verdict);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
