package org.evidencereader.claim;

import org.evidencereader.diagnostic.SourcePosition;

import java.util.Objects;
import java.util.Optional;

/**
 * A cited source as an editor wrote it.
 *
 * @param title the title, in the reader's language when the editor gave both
 * @param says the source's own words that support the figures citing it
 */
public record SourceDef(String id, Label title, String publisher, String url, String published, String accessed,
                        String type, String says, String archived, SourcePosition at) {

    public SourceDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
    }

    public Optional<String> saysText() {
        return Optional.ofNullable(says);
    }
}
