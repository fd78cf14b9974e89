package org.evidencereader.library;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The library being served: one snapshot at a time, swapped atomically when files change. */
public final class Library {

    private final LibraryLoader loader;
    private final AtomicReference<LibrarySnapshot> current;

    public Library(LibraryLoader loader) {
        this.loader = loader;
        this.current = new AtomicReference<>(loader.load());
    }

    public LibrarySnapshot current() {
        return current.get();
    }

    /** Reads every file again and serves the result from the next request on. */
    public LibrarySnapshot reload() {
        LibrarySnapshot next = loader.load();
        current.set(Objects.requireNonNull(next));
        return next;
    }
}
