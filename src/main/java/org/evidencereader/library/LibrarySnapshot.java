package org.evidencereader.library;

import org.evidencereader.diagnostic.Diagnostic;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every article of the library at one moment, immutable: readers never see a half-built library. */
public final class LibrarySnapshot {

    private final long version;
    private final Instant loadedAt;
    private final Map<String, ReaderArticle> articles;
    private final List<Diagnostic> diagnostics;

    public LibrarySnapshot(long version, Instant loadedAt, Map<String, ReaderArticle> articles, List<Diagnostic> diagnostics) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public long version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public List<ReaderArticle> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<ReaderArticle> article(String slug) {
        return Optional.ofNullable(articles.get(slug));
    }

    /** Every problem found in every file, articles and claims alike. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
