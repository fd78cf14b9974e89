package org.evidencereader.library;

import java.util.Optional;

/**
 * A run of a passage's text; a passage is shown as its segments in order. A run is plain text, a
 * figure's marked words, or a number that coverage found without a figure (unannotated, or marked
 * by an editor as not a claim, with the reason).
 */
public record Segment(String text, Optional<String> figureId, Optional<Coverage.Status> coverage, Optional<String> reason) {

    public static Segment plain(String text) {
        return new Segment(text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Segment figure(String text, String figureId) {
        return new Segment(text, Optional.of(figureId), Optional.empty(), Optional.empty());
    }

    public static Segment uncovered(String text, Coverage.Mention mention) {
        return new Segment(text, Optional.empty(), Optional.of(mention.status()), mention.reason());
    }

    public boolean isFigure() {
        return figureId.isPresent();
    }

    /** A number with no figure: shown plainly to readers, highlighted for editors who ask for it. */
    public boolean isUncovered() {
        return coverage.isPresent();
    }
}
