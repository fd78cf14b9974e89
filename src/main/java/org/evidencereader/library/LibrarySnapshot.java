package org.evidencereader.library;

import org.evidencereader.diagnostic.Diagnostic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every article of the library at one moment, immutable: readers never see a half-built library.
 *
 * @param libraryProblems problems that belong to no article (a missing folder, a claims folder
 *                        without its article)
 * @param unreadable      articles that could not be read at all and have no earlier version to
 *                        serve, with their problems
 */
public record LibrarySnapshot(long version, Instant loadedAt, Map<String, ReaderArticle> articleMap,
                              Map<String, List<Diagnostic>> unreadable, List<Diagnostic> libraryProblems) {

    public LibrarySnapshot {
        articleMap = Collections.unmodifiableMap(new LinkedHashMap<>(articleMap));
        Map<String, List<Diagnostic>> copy = new LinkedHashMap<>();
        unreadable.forEach((slug, problems) -> copy.put(slug, List.copyOf(problems)));
        unreadable = Collections.unmodifiableMap(copy);
        libraryProblems = List.copyOf(libraryProblems);
    }

    /** The articles in slug order. */
    public List<ReaderArticle> articles() {
        return List.copyOf(articleMap.values());
    }

    public Optional<ReaderArticle> article(String slug) {
        return Optional.ofNullable(articleMap.get(slug));
    }

    /**
     * Every problem found in every file: the served articles' own, those of newer versions that were
     * not swapped in because they have errors, those of unreadable articles, and the library's.
     */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(libraryProblems);
        unreadable.values().forEach(all::addAll);
        for (ReaderArticle article : articleMap.values()) {
            all.addAll(article.diagnostics());
            all.addAll(article.rejectedChange());
        }
        return List.copyOf(all);
    }

    /** How many of {@link #diagnostics} are errors (see {@link ReaderArticle#errorCount}). */
    public long errorCount() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }
}
