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
import java.util.stream.Stream;

/**
 * Watches {@code articles/} and {@code claims/} (and every folder below them) and reloads only the
 * articles whose files changed. Changes that arrive together (an editor saving through a temporary
 * file, several files at once) are gathered for a short quiet period and reloaded as one swap. An
 * editor that saves in place empties the file before writing it: when a changed file is empty, the
 * reloader waits a little longer for the write, so an article is never served without its figures
 * in between (nor kept as the last good version if the write then brings an error). A file that
 * disappears is given the same time to come back (a backup rename, a delete then write).
 */
public final class Reloader implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Reloader.class);
    private static final long QUIET_MILLIS = 25;
    /**
     * How long an empty file is given to be written: an editor that saves in place truncates the
     * file first, and read in between, the article would briefly be served without its figures.
     */
    private static final long EMPTY_FILE_MILLIS = 400;
    /**
     * The longest changes are gathered before a reload, however often files keep changing: a file
     * written every few milliseconds (a log, a sync tool) must not postpone every other edit.
     */
    static final long MAX_SETTLE_MILLIS = 1_000;

    private final Library library;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean running;
    /** Told each time a reload holds back for an empty or missing file to be written. */
    private volatile Runnable waitingForAWrite = () -> {};

    public Reloader(Library library) throws IOException {
        this.library = library;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "library-reloader");
        this.thread.setDaemon(true);
    }

    /**
     * Calls {@code listener} on the reloader's thread each time it holds a reload back for an empty
     * or missing file, and again each time other events come while it still does: what a test waits
     * for instead of sleeping. Set before {@link #start()}.
     */
    void onWaitingForAWrite(Runnable listener) {
        this.waitingForAWrite = listener;
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
                WatchKey key = folder.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                folders.put(key, folder);
            }
        }
    }

    private void run() {
        try {
            catchUp();
        } catch (InterruptedException e) {
            return;
        } catch (IOException | RuntimeException | Error e) {
            LOG.warn("cannot look for files changed while the library was loading", e);
            library.reportFailedReload(e);
        }
        while (running) {
            try {
                WatchKey key = watcher.take();
                long settled = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_SETTLE_MILLIS);
                Set<String> slugs = new LinkedHashSet<>();
                Set<Path> files = new LinkedHashSet<>();
                boolean overflow = collect(key, slugs, files);
                // Gather whatever else arrives while the editor is still writing.
                overflow |= gather(QUIET_MILLIS, settled, slugs, files);
                // Other events (an editor's swap file, another article) must not end the wait early.
                long emptyUntil =
                        Math.min(settled, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(EMPTY_FILE_MILLIS));
                long left;
                while (files.stream().anyMatch(f -> isEmptyFile(f) || isMissingContentFile(f))
                        && (left = TimeUnit.NANOSECONDS.toMillis(emptyUntil - System.nanoTime())) > 0) {
                    waitingForAWrite.run();
                    overflow |= gather(left, emptyUntil, slugs, files);
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
                LOG.warn("reloading the library was cancelled; still serving the previous version", e);
            } catch (IOException | RuntimeException | Error e) {
                // Whatever a reload throws, the watcher lives on: the previous version stays served,
                // the failure is shown with the library's problems, and the next save is read again.
                LOG.warn("reloading the library failed; still serving the previous version", e);
                library.reportFailedReload(e);
            }
        }
    }

    /**
     * Changes saved between the start of the first load and the moment the folders were watched
     * raise no event: the articles whose files are that recent are read again (everything, if a
     * content folder itself changed, which is how a deleted or renamed file shows).
     */
    private void catchUp() throws IOException, InterruptedException {
        // On a file system with coarse file times a change in the first instants of the load can be
        // taken for an older one and missed; on the usual ones (ext4, xfs, btrfs, tmpfs, APFS) times are finer.
        FileTime since = FileTime.from(library.readFrom());
        Set<String> slugs = new LinkedHashSet<>();
        Set<Path> files = new LinkedHashSet<>();
        boolean everything = false;
        for (Path root :
                List.of(library.loader().articlesDir(), library.loader().claimsDir())) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            everything |= Files.getLastModifiedTime(root).compareTo(since) >= 0;
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path path : tree.filter(p -> !p.equals(root)).toList()) {
                    if (Files.getLastModifiedTime(path).compareTo(since) >= 0) {
                        library.loader().slugOf(path).ifPresent(slugs::add);
                        files.add(path);
                    }
                }
            }
        }
        if (files.stream().anyMatch(Reloader::isEmptyFile)) {
            // Perhaps a save under way (see EMPTY_FILE_MILLIS); its write raises an event the loop reads.
            waitingForAWrite.run();
            Thread.sleep(EMPTY_FILE_MILLIS);
        }
        if (everything) {
            LOG.info("the content folders changed while the library was loading: reading everything again");
            library.reload();
        } else if (!slugs.isEmpty()) {
            LOG.info("files changed while the library was loading: reading {} again", slugs);
            library.reload(slugs);
        }
    }

    /**
     * Collects events until none has come for {@code quietMillis}, or until {@code deadline} (a
     * {@link System#nanoTime} value) whatever still comes; true when events were lost.
     */
    private boolean gather(long quietMillis, long deadline, Set<String> slugs, Set<Path> files)
            throws IOException, InterruptedException {
        boolean overflow = false;
        long wait = quietMillis;
        WatchKey more;
        while (wait > 0 && (more = watcher.poll(wait, TimeUnit.MILLISECONDS)) != null) {
            overflow |= collect(more, slugs, files);
            wait = Math.min(QUIET_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        }
        return overflow;
    }

    /**
     * Whether a changed file can be content: an article, a claim file (or a {@code .yml} one, which
     * is reported), or a folder. Editors' swap, backup and temporary files ({@code .x.swp}, {@code
     * x~}, {@code #x#}, {@code x.tmp}) and hidden files are not, and changes to them reload nothing.
     * A name without an extension may be a folder (one that is gone can no longer be asked).
     */
    static boolean isContent(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0
                || name.endsWith(".md")
                || name.endsWith(".yaml")
                || name.endsWith(".yml")
                || Files.isDirectory(file);
    }

    /**
     * An article or claim file that an event named and that is not there: deleted, or moved aside
     * by an editor or a sync tool that writes it again (a backup rename, delete then write). It is
     * given the same time as an empty file to come back, so the article is not served without its
     * figures in between; a file deleted for good is read as gone after that.
     */
    private static boolean isMissingContentFile(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".md")) && !Files.exists(file);
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The slugs and files touched by one key's events; true when events were lost and everything
     * must be read.
     */
    private boolean collect(WatchKey key, Set<String> slugs, Set<Path> files) throws IOException {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                overflow = true;
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            if (!isContent(changed)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                register(changed);
            }
            library.loader().slugOf(changed).ifPresent(slugs::add);
            files.add(changed);
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
