package org.evidencereader.library;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencereader.claim.Label;
import org.evidencereader.claim.SourceDef;
import org.evidencereader.claim.Verdict;
import org.evidencereader.claim.VerdictFamily;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.nlp.TextSpan;

/**
 * A statement (a claim that is not a number) ready to show: its words placed in the text, the claim
 * in both languages, the verdict, the note and the cited sources.
 *
 * @param passageId the passage that holds the quote; empty when it could not be placed (an error says why)
 * @param span      the quote's offsets in the passage text; empty with {@code passageId}
 */
public record PlacedStatement(
        String id,
        Label claim,
        String quote,
        Optional<String> passageId,
        Optional<TextSpan> span,
        Verdict verdict,
        Optional<Label> note,
        List<SourceDef> sources,
        SourcePosition definedAt) {

    public PlacedStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(verdict, "verdict");
        if (passageId.isPresent() != span.isPresent()) {
            throw new IllegalArgumentException("a statement is placed with both its passage and its span, or neither");
        }
        sources = List.copyOf(sources);
    }

    public VerdictFamily family() {
        return VerdictFamily.of(Optional.of(verdict));
    }

    /** Whether its words are marked in the text (else it is only in the ledger and the API). */
    public boolean isInText() {
        return span.isPresent();
    }

    /** Its row in the ledger, {@code statement-<id>}: the card's "more" and ClaimReview's url point there. */
    public String ledgerAnchor() {
        return "statement-" + id;
    }
}
