package org.evidencereader.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * The library being served: one immutable snapshot at a time, swapped atomically when files
 * change. Readers never see a half-updated library; listeners (the page cache) hear of each swap.
 */
public final class Library {

    private final LibraryLoader loader;
    private final Instant readFrom;
    private final AtomicReference<LibrarySnapshot> current;
    private final List<Consumer<LibrarySnapshot>> listeners = new CopyOnWriteArrayList<>();

    public Library(LibraryLoader loader) {
        this.loader = loader;
        this.readFrom = Instant.now();
        this.current = new AtomicReference<>(loader.load());
    }

    /** When the first load began to read the files: a change saved after this may not be in it. */
    public Instant readFrom() {
        return readFrom;
    }

    public LibrarySnapshot current() {
        return current.get();
    }

    public LibraryLoader loader() {
        return loader;
    }

    /** Calls {@code listener} after every swap, on the thread that made it. */
    public void onSwap(Consumer<LibrarySnapshot> listener) {
        listeners.add(listener);
    }

    /** Reads every file again. */
    public synchronized LibrarySnapshot reload() {
        return swap(loader.load());
    }

    /** Reads the files of these articles again; all others are kept as they are. */
    public synchronized LibrarySnapshot reload(Collection<String> slugs) {
        return swap(loader.update(current.get(), slugs));
    }

    /**
     * A reload that failed as a whole (not a file: those are diagnostics of their own): the version
     * being served stays, with an error that says so among the library's problems, until a reload
     * succeeds.
     */
    public synchronized void reportFailedReload(Throwable failure) {
        LibrarySnapshot served = current.get();
        List<Diagnostic> problems = new ArrayList<>(served.libraryProblems());
        problems.removeIf(d -> d.text().key().equals(FAILED_RELOAD));
        problems.add(Diagnostic.error(
                SourcePosition.wholeFile(loader.display(loader.articlesDir())),
                Message.of(FAILED_RELOAD, failure.getClass().getSimpleName())));
        swap(new LibrarySnapshot(
                loader.nextVersion(), Instant.now(), served.articleMap(), served.unreadable(), problems));
    }

    private static final String FAILED_RELOAD = "diagnostic.reload-failed";

    private LibrarySnapshot swap(LibrarySnapshot next) {
        current.set(next);
        listeners.forEach(listener -> listener.accept(next));
        return next;
    }
}
