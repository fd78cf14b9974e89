package org.evidencereader.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.diagnostic.Diagnostic;

/**
 * Every article of the library at one moment, immutable: readers never see a half-built library.
 *
 * @param libraryProblems problems that belong to no article (a missing folder, a claims folder
 *                        without its article)
 * @param unreadable      articles that could not be read at all and have no earlier version to
 *                        serve, with their problems
 */
public record LibrarySnapshot(
        long version,
        Instant loadedAt,
        Map<String, ReaderArticle> articleMap,
        Map<String, List<Diagnostic>> unreadable,
        List<Diagnostic> libraryProblems) {

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
     * Every problem in the files as they are now, as {@code validate} reports them: each served
     * article's own or, when a newer version of its files was not swapped in because it has errors,
     * that version's instead (the served version's problems are about text no longer in the files,
     * and listing both repeated every unchanged warning); those of unreadable articles; the library's.
     */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(libraryProblems);
        unreadable.values().forEach(all::addAll);
        for (ReaderArticle article : articleMap.values()) {
            all.addAll(article.rejectedChange().isEmpty() ? article.diagnostics() : article.rejectedChange());
        }
        return List.copyOf(all);
    }

    /** How many of {@link #diagnostics} are errors (see {@link ReaderArticle#errorCount}). */
    public long errorCount() {
        return diagnostics().stream().filter(Diagnostic::isError).count();
    }
}
