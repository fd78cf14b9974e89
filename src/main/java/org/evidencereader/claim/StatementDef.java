package org.evidencereader.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A claim in the article that is not a number (an attribution, a quote, an event), as an editor
 * wrote it under {@code statements:}: the article's words, the claim they make in plain words, the
 * editor's verdict on it, the sources it was checked against, and why.
 *
 * @param quote   the article's words that make the claim, copied exactly
 * @param prefix  words expected right before the quote; null when not given
 * @param suffix  words expected right after the quote; null when not given
 * @param claim   what the words claim, in the reader's language
 * @param sources ids of the cited sources, with where each was written
 * @param note    why the verdict was given; null only for a draft
 * @param at      where the statement's id was written
 * @param quoteAt where the quote was written
 */
public record StatementDef(
        String id,
        String quote,
        String prefix,
        String suffix,
        Label claim,
        Verdict verdict,
        List<FigureDef.Reference> sources,
        Label note,
        SourcePosition at,
        SourcePosition quoteAt) {

    public StatementDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quoteAt, "quoteAt");
        sources = List.copyOf(sources);
    }

    public Optional<String> prefixText() {
        return Optional.ofNullable(prefix);
    }

    public Optional<String> suffixText() {
        return Optional.ofNullable(suffix);
    }

    public Optional<Label> noteText() {
        return Optional.ofNullable(note);
    }
}
