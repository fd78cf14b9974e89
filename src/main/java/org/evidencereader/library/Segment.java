package org.evidencereader.library;

import java.util.Optional;

/** A run of a passage's text, marked as a figure or not; a passage is shown as its segments in order. */
public record Segment(String text, Optional<String> figureId) {

    public static Segment plain(String text) {
        return new Segment(text, Optional.empty());
    }

    public static Segment figure(String text, String figureId) {
        return new Segment(text, Optional.of(figureId));
    }

    public boolean isFigure() {
        return figureId.isPresent();
    }
}
