package org.evidencereader.web;

import org.evidencereader.site.RenderedPage;

import com.sun.security.auth.module.UnixSystem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Article pages and documents kept on disk between runs ({@code reader.page-store}), so a restarted
 * server serves an unchanged article's pages without rendering them again: in a fresh process the
 * first render of a reader page costs most of a second (see docs/benchmarks.md, "Start-up").
 * <ul>
 * <li>A page is filed under the program and settings that rendered it ({@code build}: see
 * {@link PageStoreConfiguration#build}), the digest of what its article version was made from
 * ({@code ReaderArticle.sources()}: files' names and texts, problems found) and its key (language
 * and path). Anything else (a rebuilt jar, other settings, an edited file) finds nothing and renders
 * afresh.</li>
 * <li>Only successful pages ({@code 200}) are kept. Writing happens on a background thread, one
 * file per page, written aside and moved into place, so a crash leaves no half file (and leftovers
 * of an interrupted write are removed later); a file that does not read back whole (checksum, the
 * body's hash) is ignored and removed. Pending writes are finished when the server stops.</li>
 * <li>The folder is bounded ({@code reader.page-store-size}): beyond it, the files read or written
 * least recently go first. Only files named as this store names them are ever removed.</li>
 * <li>Pages read back are served as they are, so only a folder of this user's alone is used: this
 * store makes it so, and refuses, with a warning, one that another user owns or that others can
 * write, or a symbolic link.</li>
 * <li>It is a cache: if the folder cannot be made or written, the server says so once and renders
 * pages as it would without it.</li>
 * </ul>
 * Files hold bytes and a few strings in a fixed layout read with {@link DataInputStream}; nothing in
 * them is ever deserialised into objects or evaluated.
 */
public final class PageStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PageStore.class.getName());
    private static final byte[] MAGIC = "evidence-reader page 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".page";
    /** The files this store writes: 128 bits of a hash, in hexadecimal. */
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.page");
    private static final String WRITING = ".writing-";
    /** A stored file is read whole; a page is far smaller than this (the article file limit is 1 MB). */
    private static final long MAX_FILE = 64L * 1024 * 1024;
    /** Keys longer than this (a figure id can be long) are not kept: the layout stores strings of up to 64 kB. */
    private static final int MAX_KEY = 4096;
    /** After this many writes the folder is counted again: other servers may share it. */
    private static final int RECOUNT = 64;

    private static final PageStore OFF = new PageStore(null, "", 0);

    private final Path dir;
    private final String build;
    private final long maxBytes;
    private final ThreadPoolExecutor writer;
    /** Writes handed to the writer and not finished yet. */
    private int pending;
    /** The folder could not be used: the store is off for the rest of the run. */
    private volatile boolean failed;
    /** Whether the folder is known to be this user's alone: null until it exists and has been checked. */
    private volatile Boolean trusted;
    /** The folder's size as last counted plus what was written since; -1 before the first count (writer thread only). */
    private long size = -1;
    private int writes;

    private PageStore(Path dir, String build, long maxBytes) {
        this.dir = dir;
        this.build = build;
        this.maxBytes = maxBytes;
        if (dir == null) {
            writer = null;
            return;
        }
        // One writer and a short queue; a page that finds it full is not kept (AbortPolicy, caught):
        // the store never holds a request up or keeps many pages in memory waiting.
        writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(64), runnable -> {
            Thread thread = new Thread(runnable, "page-store");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** No store: every page is rendered in each process. */
    public static PageStore off() {
        return OFF;
    }

    /**
     * A store in {@code dir} (made, readable and writable by this user only, if it does not exist)
     * for pages rendered by the program and settings identified by {@code build}, at most
     * {@code maxBytes} on disk.
     */
    static PageStore at(Path dir, String build, long maxBytes) {
        if (build.isEmpty() || maxBytes <= 0) {
            return OFF;
        }
        return new PageStore(dir.toAbsolutePath().normalize(), build, maxBytes);
    }

    boolean isOn() {
        return dir != null && !failed;
    }

    Path dir() {
        return dir;
    }

    /** The page kept for this article version ({@code sources}) and key, if one was kept and reads back whole. */
    public Optional<RenderedPage> read(String sources, String key) {
        if (dir == null || sources.isEmpty() || key.length() > MAX_KEY || failed || !readable()) {
            return Optional.empty();
        }
        Path file = file(sources, key);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_FILE) {
                return damaged(file);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + file, e);
            return Optional.empty();
        }
        Optional<RenderedPage> page = decode(bytes, sources, key);
        if (page.isEmpty()) {
            return damaged(file);
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // recently used
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot touch " + file, e);
        }
        LOG.fine(() -> "read back " + key + " from " + file);
        return page;
    }

    private static Optional<RenderedPage> damaged(Path file) {
        LOG.warning(() -> "page store: " + file + " is damaged; removed, the page is rendered again");
        delete(file);
        return Optional.empty();
    }

    /** Keeps a page just rendered, in the background; only successful pages of articles read from files. */
    public void write(String sources, String key, RenderedPage page) {
        if (dir == null || sources.isEmpty() || key.length() > MAX_KEY || page.status() != HttpStatus.OK || failed) {
            return;
        }
        synchronized (this) {
            pending++;
        }
        try {
            writer.execute(() -> {
                try {
                    store(sources, key, page);
                } finally {
                    done();
                }
            });
        } catch (RejectedExecutionException full) {
            done(); // the queue is full (or the store closed): this page is not kept
        }
    }

    private synchronized void done() {
        pending--;
        notifyAll();
    }

    /** Waits until the pages handed to {@link #write} so far are on disk; false if {@code timeout} passed first. */
    synchronized boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Finishes the pending writes (for a few seconds at most) and stops the writer: the server is stopping. */
    @Override
    public void close() throws InterruptedException {
        if (writer == null) {
            return;
        }
        flush(Duration.ofSeconds(5));
        writer.shutdown();
    }

    private void store(String sources, String key, RenderedPage page) {
        if (failed || !writable()) {
            return;
        }
        Path file = file(sources, key);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (size < 0 || ++writes % RECOUNT == 0) {
                    size = count();
                }
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    return; // another process (or an earlier run) has kept the same bytes
                }
                byte[] bytes = encode(sources, key, page);
                writeAside(file, bytes);
                LOG.fine(() -> "kept " + key + " in " + file);
                size += bytes.length;
                if (size > maxBytes) {
                    trim();
                }
                return;
            } catch (NoSuchFileException gone) {
                // the folder was removed while the server runs: make it again, once
                trusted = null;
                size = -1;
                if (!writable()) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                LOG.warning(() -> "page store: cannot write in " + dir + " (" + e + "); pages are rendered at each start "
                        + "instead. Set reader.page-store to a folder this user can write, or to nothing to turn it off.");
                return;
            }
        }
    }

    /** Writes the file under a temporary name and moves it into place, so that no reader ever sees half of it. */
    private void writeAside(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(dir, WRITING, ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            delete(temporary);
        }
    }

    /** Whether pages may be read: the folder exists and is this user's alone. */
    private boolean readable() {
        Boolean known = trusted;
        if (known != null) {
            return known;
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false; // nothing to read; not remembered, the writer may make it
        }
        known = trust();
        trusted = known;
        return known;
    }

    /** Whether pages may be written: the folder is this user's alone, made so here if it did not exist. */
    private boolean writable() {
        Boolean known = trusted;
        if (known != null) {
            return known;
        }
        try {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                known = true; // made here, for this user only
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(dir); // not a POSIX file system
                known = true;
            } catch (FileAlreadyExistsException e) {
                known = trust();
            }
        } catch (IOException e) {
            failed = true;
            LOG.warning(() -> "page store: cannot make " + dir + " (" + e + "); pages are rendered at each start instead. "
                    + "Set reader.page-store to a folder this user can write, or to nothing to turn it off.");
            known = false;
        }
        trusted = known;
        return known;
    }

    /**
     * Whether the existing folder is this user's alone: a folder (not a link to one) owned by the
     * user the server runs as, that no one else can write. Pages read from it are served as they
     * are. On a file system without POSIX attributes, the folder is taken as it is.
     */
    private boolean trust() {
        try {
            PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions = attributes.permissions();
            OptionalLong me = currentUid();
            boolean mine = me.isPresent()
                    ? Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS) instanceof Integer uid && uid == me.getAsLong()
                    : attributes.owner().getName().equals(System.getProperty("user.name"));
            if (attributes.isDirectory() && mine && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
            String why = !attributes.isDirectory() ? "it is not a folder (a symbolic link, or a file)"
                    : !mine ? "another user owns it (" + attributes.owner().getName() + ")"
                    : "others can write it (" + PosixFilePermissions.toString(permissions) + "): run chmod go-w on it";
            LOG.warning(() -> "page store: " + dir + " is not used: " + why + ". Pages are rendered at each start; set "
                    + "reader.page-store to a folder of this user's alone, or to nothing to turn it off.");
            return false;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true; // not a POSIX file system: the user's own cache folder is taken as it is
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read the attributes of " + dir, e);
            return false;
        }
    }

    /**
     * The user id the server runs as, compared by number: a container's user may have no name. Empty
     * in a Java runtime made without the {@code jdk.security.auth} module; names are compared then.
     */
    private static OptionalLong currentUid() {
        try {
            return OptionalLong.of(new UnixSystem().getUid());
        } catch (LinkageError e) {
            return OptionalLong.empty();
        }
    }

    private long count() throws IOException {
        long total = 0;
        for (Path file : pages()) {
            total += sizeOf(file);
        }
        removeLeftovers();
        return total;
    }

    /** Files an interrupted write left (the process stopped in the middle), older than a minute. */
    private void removeLeftovers() throws IOException {
        long before = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, WRITING + "*.tmp")) {
            for (Path file : listing) {
                try {
                    if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
                        delete(file);
                    }
                } catch (NoSuchFileException e) {
                    // finished meanwhile by another process
                }
            }
        }
    }

    /** Removes the least recently used files until the folder is at three quarters of its bound. */
    private void trim() throws IOException {
        record Kept(Path file, long size, long used) {
        }
        List<Kept> kept = new ArrayList<>();
        long total = 0;
        for (Path file : pages()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                kept.add(new Kept(file, attributes.size(), attributes.lastModifiedTime().toMillis()));
                total += attributes.size();
            } catch (NoSuchFileException e) {
                // removed meanwhile (by another process)
            }
        }
        kept.sort(Comparator.comparingLong(Kept::used));
        long target = maxBytes / 4 * 3;
        for (Kept oldest : kept) {
            if (total <= target) {
                break;
            }
            delete(oldest.file());
            total -= oldest.size();
        }
        size = total;
    }

    /** The files this store wrote (never anything else that may be in the folder). */
    private List<Path> pages() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, f -> NAME.matcher(f.getFileName().toString()).matches())) {
            listing.forEach(files::add);
        }
        return files;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot remove " + file, e);
        }
    }

    /** Where the page of this article version and key is kept: named by a hash of the program, version and key. */
    Path file(String sources, String key) {
        StringBuilder name = new StringBuilder();
        for (String part : List.of(build, sources, key)) {
            name.append(part.length()).append(':').append(part);
        }
        return dir.resolve(RenderedPage.hash(name.toString().getBytes(StandardCharsets.UTF_8)) + SUFFIX);
    }

    /**
     * The layout: the magic line; build, sources, key, content type (UTF strings); status; the body
     * and its gzip copy (length, bytes); the ETags; then a CRC-32 of all that came before.
     */
    private byte[] encode(String sources, String key, RenderedPage page) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(page.body().length + page.gzip().length + 512);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeUTF(build);
        out.writeUTF(sources);
        out.writeUTF(key);
        out.writeUTF(page.contentType().toString());
        out.writeInt(page.status().value());
        out.writeInt(page.body().length);
        out.write(page.body());
        out.writeInt(page.gzip().length);
        out.write(page.gzip());
        out.writeUTF(page.etag());
        out.writeUTF(page.gzipEtag());
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    /** The page in {@code bytes}, if they are a whole file of this layout for this program, version and key. */
    Optional<RenderedPage> decode(byte[] bytes, String sources, String key) {
        if (bytes.length < MAGIC.length + Long.BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        long stored = ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong();
        if (crc.getValue() != stored) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length,
                bytes.length - MAGIC.length - Long.BYTES))) {
            if (!in.readUTF().equals(build) || !in.readUTF().equals(sources) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            MediaType type = MediaType.parseMediaType(in.readUTF());
            HttpStatus status = HttpStatus.valueOf(in.readInt());
            byte[] body = bytes(in);
            byte[] gzip = bytes(in);
            String etag = in.readUTF();
            String gzipEtag = in.readUTF();
            if (in.read() != -1 || status != HttpStatus.OK || !etag.equals("\"" + RenderedPage.hash(body) + "\"")) {
                return Optional.empty();
            }
            return Optional.of(new RenderedPage(body, gzip, etag, gzipEtag, type, status));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new EOFException("length " + length);
        }
        return in.readNBytes(length);
    }
}
