package org.evidencereader.claim;

import java.util.Objects;
import java.util.Optional;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A cited source as an editor wrote it.
 *
 * @param says the source's own words that support the figures citing it
 */
public record SourceDef(
        String id,
        String title,
        String publisher,
        String url,
        String published,
        String accessed,
        String type,
        String says,
        String archived,
        SourcePosition at) {

    public SourceDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
    }

    /** The address's host without {@code www.} ({@code nvidia.com}), as print names a link; empty without a usable address. */
    public Optional<String> host() {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> saysText() {
        return Optional.ofNullable(says);
    }
}
