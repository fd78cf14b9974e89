package org.evidencereader.library;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Watches {@code articles/} and {@code claims/} (and every folder below them) and reloads only the
 * articles whose files changed. Changes that arrive together (an editor saving through a temporary
 * file, several files at once) are gathered for a short quiet period and reloaded as one swap.
 */
public final class Reloader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Reloader.class.getName());
    private static final long QUIET_MILLIS = 25;

    private final Library library;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean running;

    public Reloader(Library library) throws IOException {
        this.library = library;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "library-reloader");
        this.thread.setDaemon(true);
    }

    public void start() throws IOException {
        register(library.loader().articlesDir());
        register(library.loader().claimsDir());
        running = true;
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        }
    }

    private void run() {
        try {
            catchUp();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot look for files changed while the library was loading", e);
        }
        while (running) {
            try {
                WatchKey key = watcher.take();
                Set<String> slugs = new LinkedHashSet<>();
                boolean overflow = collect(key, slugs);
                // Gather whatever else arrives while the editor is still writing.
                for (WatchKey more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    overflow |= collect(more, slugs);
                }
                if (overflow) {
                    library.reload();
                } else if (!slugs.isEmpty()) {
                    library.reload(slugs);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (CancellationException e) {
                if (!running) {
                    return; // closed while a reload was under way: nothing failed
                }
                LOG.log(Level.WARNING, "reloading the library was cancelled; still serving the previous version", e);
            } catch (RuntimeException | IOException e) {
                // A reload must never kill the watcher: log and keep serving the last snapshot.
                LOG.log(Level.WARNING, "reloading the library failed; still serving the previous version", e);
            }
        }
    }

    /**
     * Changes saved between the start of the first load and the moment the folders were watched
     * raise no event: the articles whose files are that recent are read again (everything, if a
     * content folder itself changed, which is how a deleted or renamed file shows).
     */
    private void catchUp() throws IOException {
        // On a file system with coarse file times a change in the first instants of the load can be
        // taken for an older one and missed; on the usual ones (ext4, xfs, btrfs, tmpfs, APFS) times are finer.
        FileTime since = FileTime.from(library.readFrom());
        Set<String> slugs = new LinkedHashSet<>();
        boolean everything = false;
        for (Path root : List.of(library.loader().articlesDir(), library.loader().claimsDir())) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            everything |= Files.getLastModifiedTime(root).compareTo(since) >= 0;
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path path : tree.filter(p -> !p.equals(root)).toList()) {
                    if (Files.getLastModifiedTime(path).compareTo(since) >= 0) {
                        library.loader().slugOf(path).ifPresent(slugs::add);
                    }
                }
            }
        }
        if (everything) {
            LOG.info("the content folders changed while the library was loading: reading everything again");
            library.reload();
        } else if (!slugs.isEmpty()) {
            LOG.info(() -> "files changed while the library was loading: reading " + slugs + " again");
            library.reload(slugs);
        }
    }

    /** The slugs touched by one key's events; true when events were lost and everything must be read. */
    private boolean collect(WatchKey key, Set<String> slugs) throws IOException {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                register(changed);
            }
            library.loader().slugOf(changed).ifPresent(slugs::add);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return overflow;
    }

    @Override
    public void close() throws IOException {
        running = false;
        watcher.close();
        thread.interrupt();
    }
}
