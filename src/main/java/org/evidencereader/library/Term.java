package org.evidencereader.library;

import java.util.Optional;

/**
 * One piece of a figure's arithmetic as a reader sees it ({@code 720,000 GPU × 700 W = 504,000 kW}):
 * an input's value (with the input's id, so that it can be named and linked), a literal, or an operator.
 */
public record Term(String text, Optional<String> figureId) {

    public static Term text(String text) {
        return new Term(text, Optional.empty());
    }

    public static Term input(String text, String figureId) {
        return new Term(text, Optional.of(figureId));
    }

    public boolean isInput() {
        return figureId.isPresent();
    }
}
