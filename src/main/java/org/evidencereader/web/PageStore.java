package org.evidencereader.web;

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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/**
 * Article pages and documents kept on disk between runs ({@code reader.page-store}), so a restarted
 * server serves an unchanged article's pages without rendering them again: in a fresh process the
 * first render of a reader page costs most of a second (see docs/benchmarks.md, "Start-up").
 * <ul>
 * <li>A page is filed under the program that rendered it ({@code build}: the jar's path, size and
 * time, and the Java runtime), the digest of what its article version was made from
 * ({@code ReaderArticle.sources()}: files' names and texts, problems found) and its key (language
 * and path). Anything else (a rebuilt jar, an edited file) finds nothing and renders afresh, so a
 * page from the store is byte for byte the page a render would give.</li>
 * <li>Only successful pages ({@code 200}) are kept. Writing happens on a background thread, one
 * file per page, written aside and moved into place, so a crash leaves no half file; a file that
 * does not read back whole (checksum, the body's hash) is ignored and removed.</li>
 * <li>The folder is bounded ({@code reader.page-store-size}): beyond it, the files read or written
 * least recently go first.</li>
 * <li>Pages read back are served as they are, so only a folder of this user's alone is used: one
 * that other users can write, or that another user owns, is refused with a warning.</li>
 * <li>It is a cache: if the folder cannot be made or written, the server says so once and renders
 * pages as it would without it.</li>
 * </ul>
 * Files hold bytes and a few strings in a fixed layout read with {@link DataInputStream}; nothing in
 * them is ever deserialised into objects or evaluated.
 */
final class PageStore {

    private static final Logger LOG = Logger.getLogger(PageStore.class.getName());
    private static final byte[] MAGIC = "evidence-reader page 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".page";
    /** A stored file is read whole; a page is far smaller than this (the article file limit is 1 MB). */
    private static final int MAX_FILE = 64 * 1024 * 1024;

    private static final PageStore OFF = new PageStore(null, "", 0);

    private final Path dir;
    private final String build;
    private final long maxBytes;
    private final ThreadPoolExecutor writer;
    private final AtomicBoolean failed = new AtomicBoolean();
    /** Whether the folder may be used: null until checked. */
    private volatile Boolean trusted;
    /** The folder's size as last counted plus what was written since; -1 before the first count. */
    private final AtomicLong size = new AtomicLong(-1);

    private PageStore(Path dir, String build, long maxBytes) {
        this.dir = dir;
        this.build = build;
        this.maxBytes = maxBytes;
        if (dir == null) {
            writer = null;
            return;
        }
        // One writer, a short queue, and pages dropped (not written) when it is full: the store never
        // holds a request up or keeps many pages in memory waiting.
        writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(64), runnable -> {
            Thread thread = new Thread(runnable, "page-store");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** No store: every page is rendered in each process. */
    static PageStore off() {
        return OFF;
    }

    /**
     * A store in {@code dir} (made, readable and writable by this user only, if it does not exist)
     * for pages rendered by the program identified by {@code build}, at most {@code maxBytes} on disk.
     */
    static PageStore at(Path dir, String build, long maxBytes) {
        if (build.isEmpty() || maxBytes <= 0) {
            return OFF;
        }
        return new PageStore(dir.toAbsolutePath().normalize(), build, maxBytes);
    }

    boolean isOn() {
        return dir != null;
    }

    Path dir() {
        return dir;
    }

    /** The page kept for this article version ({@code sources}) and key, if one was kept and reads back whole. */
    Optional<RenderedPage> read(String sources, String key) {
        if (dir == null || sources.isEmpty() || failed.get() || !isPrivate()) {
            return Optional.empty();
        }
        Path file = file(sources, key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + file, e);
            return Optional.empty();
        }
        Optional<RenderedPage> page = decode(bytes, sources, key);
        if (page.isEmpty()) {
            LOG.warning(() -> "page store: " + file + " is damaged or was written by another program; removed, "
                    + "the page is rendered again");
            delete(file);
            return page;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // recently used
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot touch " + file, e);
        }
        LOG.fine(() -> "read back " + key + " from " + file);
        return page;
    }

    /** Keeps a page just rendered, in the background; only successful pages of articles read from files. */
    void write(String sources, String key, RenderedPage page) {
        if (dir == null || sources.isEmpty() || page.status() != HttpStatus.OK || failed.get()) {
            return;
        }
        writer.execute(() -> store(sources, key, page));
    }

    /** Waits until the pages handed to {@link #write} so far are on disk (for tests and shutdown). */
    void flush() throws InterruptedException {
        if (writer == null) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        writer.execute(done::countDown);
        done.await(30, TimeUnit.SECONDS);
    }

    private void store(String sources, String key, RenderedPage page) {
        Path file = file(sources, key);
        Path temporary = null;
        if (!isPrivate()) {
            return;
        }
        try {
            if (size.get() < 0) {
                makeFolder();
                size.set(count());
            }
            if (Files.exists(file)) {
                return; // another process (or an earlier run) has kept the same bytes
            }
            byte[] bytes = encode(sources, key, page);
            temporary = Files.createTempFile(dir, ".writing-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            if (size.addAndGet(bytes.length) > maxBytes) {
                trim();
            }
        } catch (IOException | RuntimeException e) {
            if (failed.compareAndSet(false, true)) {
                LOG.warning(() -> "page store: cannot write in " + dir + " (" + e + "); pages are rendered at each start "
                        + "instead. Set reader.page-store to a folder this user can write, or to nothing to turn it off.");
            }
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    /**
     * Whether the folder is this user's alone (or does not exist yet, and is then made so): pages
     * read from it are served as they are, so a folder that other users can write (or that another
     * user owns) is never used. Checked once.
     */
    private boolean isPrivate() {
        Boolean known = trusted;
        if (known == null) {
            known = trust();
            trusted = known;
        }
        return known;
    }

    private boolean trust() {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> permissions = attributes.permissions();
            String owner = attributes.owner().getName();
            boolean mine = owner.equals(System.getProperty("user.name"));
            if (attributes.isDirectory() && mine && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
            LOG.warning(() -> "page store: " + dir + " is not a folder of this user's alone (owner " + owner + ", "
                    + PosixFilePermissions.toString(permissions) + "); not used, pages are rendered at each start. "
                    + "Run chmod go-w on it, or set reader.page-store to another folder.");
            return false;
        } catch (UnsupportedOperationException e) {
            return true; // not a POSIX file system: the user's own cache folder is trusted as it is
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read the attributes of " + dir, e);
            return false;
        }
    }

    private void makeFolder() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir); // not a POSIX file system
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    private long count() throws IOException {
        long total = 0;
        for (Path file : pages()) {
            total += sizeOf(file);
        }
        return total;
    }

    /** Removes the least recently used files until the folder is at three quarters of its bound. */
    private void trim() throws IOException {
        record Kept(Path file, long size, long used) {
        }
        List<Kept> kept = new ArrayList<>();
        long total = 0;
        for (Path file : pages()) {
            try {
                long bytes = Files.size(file);
                kept.add(new Kept(file, bytes, Files.getLastModifiedTime(file).toMillis()));
                total += bytes;
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
        size.set(total);
    }

    private List<Path> pages() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
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
        if (bytes.length < MAGIC.length + Long.BYTES || bytes.length > MAX_FILE
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
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
