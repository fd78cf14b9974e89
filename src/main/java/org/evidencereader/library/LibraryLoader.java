package org.evidencereader.library;

import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.Article;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.claim.ClaimFile;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.Suggestions;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.detect.Detector;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Reads {@code articles/<slug>.md} and {@code claims/<slug>/*.yaml} into a {@link LibrarySnapshot},
 * all at once ({@link #load()}) or one changed article at a time ({@link #update}). A broken file
 * never stops a load: it becomes diagnostics, and everything else is still served; after a change,
 * a version of an article with errors never replaces its last good version.
 *
 * <p>Articles are independent of each other (an article's markdown and its own claims folder), so
 * they are read on up to {@code threads} threads at once; whatever order they finish in, the
 * snapshot and its diagnostics come out in slug order, exactly as a one-thread load gives them.
 * The parser, claim reader and assembler are therefore shared between threads and must be
 * thread-safe (they are: each keeps its working state per call).
 */
public final class LibraryLoader {

    private static final Logger LOG = Logger.getLogger(LibraryLoader.class.getName());
    private static final long MAX_FILE_BYTES = 1_000_000;
    /**
     * Bytes of claim files read for one article, over all its files (4 MiB): what one load holds in
     * memory stays bounded however many files a folder has.
     */
    static final long MAX_CLAIM_BYTES_PER_ARTICLE = 4L * 1024 * 1024;
    /** Figures defined for one article, over all its claim files; not-claims are counted against the same number. */
    static final int MAX_FIGURES_PER_ARTICLE = 2_000;
    private static final String ARTICLE_SUFFIX = ".md";
    private static final String CLAIM_SUFFIX = ".yaml";
    private static final AtomicInteger LOADER_THREAD_COUNT = new AtomicInteger();
    /** Daemon threads, so that a load in progress never keeps the JVM alive. */
    private static final ThreadFactory LOADER_THREADS = task -> {
        Thread thread = new Thread(task, "library-loader-" + LOADER_THREAD_COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };

    private final Path articlesDir;
    private final Path claimsDir;
    private final ArticleParser articleParser;
    private final ClaimFileReader claimReader;
    private final ArticleAssembler assembler;
    private final int threads;
    private final AtomicLong versions = new AtomicLong();

    /**
     * @param threads how many articles are read at once at most; 1 reads them one after another on
     *                the calling thread
     */
    public LibraryLoader(Path articlesDir, Path claimsDir, ArticleParser articleParser, ClaimFileReader claimReader,
                         ArticleAssembler assembler, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.articlesDir = articlesDir;
        this.claimsDir = claimsDir;
        this.articleParser = articleParser;
        this.claimReader = claimReader;
        this.assembler = assembler;
        this.threads = threads;
    }

    /**
     * The loader with the standard pipeline (commonmark + HanLP sentences, Jackson YAML claims, the
     * anchorer and the detector), reading as many articles at once as there are processors.
     */
    public static LibraryLoader standard(Path articlesDir, Path claimsDir) {
        return standard(articlesDir, claimsDir, Runtime.getRuntime().availableProcessors());
    }

    /** The standard pipeline reading at most {@code threads} articles at once. */
    public static LibraryLoader standard(Path articlesDir, Path claimsDir, int threads) {
        return new LibraryLoader(articlesDir, claimsDir, new ArticleParser(new HanLpSentenceSplitter()),
                new ClaimFileReader(), new ArticleAssembler(new Anchorer(), new Detector(new HanLpTokenizer())), threads);
    }

    /** A version number after every snapshot made so far, for a snapshot made outside a load. */
    long nextVersion() {
        return versions.incrementAndGet();
    }

    public Path articlesDir() {
        return articlesDir;
    }

    public Path claimsDir() {
        return claimsDir;
    }

    /** One article's files read afresh: the article if it could be read, and every problem found. */
    private record ArticleLoad(Optional<ReaderArticle> article, List<Diagnostic> problems) {
        boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Reads every article. */
    public LibrarySnapshot load() {
        List<Diagnostic> libraryProblems = new ArrayList<>();
        Map<String, ReaderArticle> articles = new TreeMap<>();
        Map<String, List<Diagnostic>> unreadable = new TreeMap<>();
        List<String> slugs = slugs(libraryProblems);
        List<ArticleLoad> loads = loadAll(slugs);
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            ArticleLoad load = loads.get(i);
            load.article().ifPresentOrElse(a -> articles.put(slug, a), () -> unreadable.put(slug, load.problems()));
        }
        reportOrphanClaimFolders(articles.keySet(), libraryProblems);
        return new LibrarySnapshot(versions.incrementAndGet(), Instant.now(), articles, unreadable, libraryProblems);
    }

    /**
     * Reads the given articles again and returns the library with them swapped in; every other
     * article is carried over as it was. A new version with errors does not replace a version
     * without: that one stays served, carrying the new version's problems.
     */
    public LibrarySnapshot update(LibrarySnapshot previous, Collection<String> changedSlugs) {
        Map<String, ReaderArticle> articles = new TreeMap<>(previous.articleMap());
        Map<String, List<Diagnostic>> unreadable = new TreeMap<>(previous.unreadable());
        List<String> present = new ArrayList<>();
        for (String slug : new TreeSet<>(changedSlugs)) {
            if (Files.exists(articleFile(slug))) {
                present.add(slug);
            } else {
                articles.remove(slug);
                unreadable.remove(slug);
            }
        }
        List<ArticleLoad> loads = loadAll(present);
        for (int i = 0; i < present.size(); i++) {
            String slug = present.get(i);
            Optional<ReaderArticle> served = previous.article(slug);
            ArticleLoad load = claimsFolderGone(slug, served, loads.get(i));
            boolean keepLastGood = load.hasErrors() && served.isPresent() && !served.get().hasErrors();
            if (keepLastGood) {
                articles.put(slug, served.get().withRejectedChange(load.problems()));
            } else if (load.article().isPresent()) {
                articles.put(slug, load.article().get());
                unreadable.remove(slug);
            } else {
                articles.remove(slug);
                unreadable.put(slug, load.problems());
            }
        }
        List<Diagnostic> libraryProblems = new ArrayList<>();
        slugs(libraryProblems);
        reportOrphanClaimFolders(articles.keySet(), libraryProblems);
        return new LibrarySnapshot(versions.incrementAndGet(), Instant.now(), articles, unreadable, libraryProblems);
    }

    /**
     * A served article with figures whose claims folder is gone (renamed by mistake, moved away)
     * would lose every figure without an error: that is an error, so the last good version stays.
     * An empty folder removes the figures on purpose.
     */
    private ArticleLoad claimsFolderGone(String slug, Optional<ReaderArticle> served, ArticleLoad load) {
        Path folder = claimsDir.resolve(slug);
        if (load.hasErrors() || served.isEmpty() || served.get().figures().isEmpty() || Files.isDirectory(folder)) {
            return load;
        }
        List<String> others = new ArrayList<>();
        try {
            foldersWithoutArticle().forEach(f -> others.add(f.getFileName().toString()));
        } catch (IOException e) {
            // the suggestion is a help, not the error
        }
        List<Diagnostic> problems = new ArrayList<>(load.problems());
        problems.add(Diagnostic.error(SourcePosition.wholeFile(display(folder)), "this article's claims folder is gone, so all "
                + served.get().figures().size() + " of its figures would disappear: put the folder back"
                + Suggestions.closest(slug, others).map(renamed -> " (was it renamed to '" + renamed + "'?)").orElse("")
                + "; to remove every figure on purpose, leave the folder empty"));
        return new ArticleLoad(load.article(), problems);
    }

    /** The slug a changed file belongs to, if it belongs to one ({@code articles/x.md}, {@code claims/x/…}). */
    public Optional<String> slugOf(Path changed) {
        Path file = changed.toAbsolutePath().normalize();
        Path articles = articlesDir.toAbsolutePath().normalize();
        Path claims = claimsDir.toAbsolutePath().normalize();
        if (file.getParent() != null && file.getParent().equals(articles)) {
            String name = file.getFileName().toString();
            return name.endsWith(ARTICLE_SUFFIX)
                    ? Optional.of(name.substring(0, name.length() - ARTICLE_SUFFIX.length()))
                    : Optional.empty();
        }
        if (file.startsWith(claims) && !file.equals(claims)) {
            String slug = claims.relativize(file).getName(0).toString();
            return ArticleParser.SLUG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
        }
        return Optional.empty();
    }

    private Path articleFile(String slug) {
        return articlesDir.resolve(slug + ARTICLE_SUFFIX);
    }

    private List<String> slugs(List<Diagnostic> problems) {
        return list(articlesDir, ARTICLE_SUFFIX, problems).stream()
                .map(p -> p.getFileName().toString())
                .map(name -> name.substring(0, name.length() - ARTICLE_SUFFIX.length()))
                .toList();
    }

    /**
     * Each slug's article read afresh, in the order of {@code slugs}. With one slug, or one thread,
     * on the calling thread (an edit reloads one article: no pool for that); otherwise on a pool of
     * at most {@link #threads} threads that lives as long as this call. A failure that is a bug,
     * not a problem in a file (an exception), fails the whole call, as it would on one thread.
     */
    private List<ArticleLoad> loadAll(List<String> slugs) {
        int workers = Math.min(threads, slugs.size());
        if (workers <= 1) {
            return slugs.stream().map(this::loadArticle).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, LOADER_THREADS);
        try {
            List<Future<ArticleLoad>> pending = new ArrayList<>(slugs.size());
            for (String slug : slugs) {
                pending.add(pool.submit(() -> loadArticle(slug)));
            }
            List<ArticleLoad> loads = new ArrayList<>(slugs.size());
            for (Future<ArticleLoad> future : pending) {
                loads.add(await(future));
            }
            return loads;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ArticleLoad await(Future<ArticleLoad> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while loading the library");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * One article read afresh. Whatever goes wrong while reading it (a bug the file's content
     * triggers, a stack or memory exhausted by it) becomes an error naming the file being read at the
     * time, never a failed load: every other article is still read and served, and a version of this
     * one without errors stays served (see {@link #update}).
     */
    private ArticleLoad loadArticle(String slug) {
        List<Diagnostic> problems = new ArrayList<>();
        Path[] reading = {articleFile(slug)};
        try {
            return readArticle(slug, problems, reading);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String file = display(reading[0]);
            LOG.log(Level.WARNING, "reading " + file + " failed; it is reported as an error in the file", e);
            problems.add(Diagnostic.error(SourcePosition.wholeFile(file), "this file could not be read: the reader failed on it ("
                    + e.getClass().getSimpleName() + "); the rest of the library is served. Undo the last change to the file,"
                    + " or look for an unusual value in it, and report the file to the reader's maintainers"));
            return new ArticleLoad(Optional.empty(), problems);
        }
    }

    /** {@link #loadArticle}; {@code reading[0]} is kept on the file being read, for the error if one fails. */
    private ArticleLoad readArticle(String slug, List<Diagnostic> problems, Path[] reading) {
        Path file = articleFile(slug);
        Optional<String> text = readText(file, problems);
        if (text.isEmpty()) {
            return new ArticleLoad(Optional.empty(), problems);
        }
        ArticleParser.Result parsed = articleParser.parse(slug, display(file), text.get());
        problems.addAll(parsed.diagnostics());
        if (parsed.article().isEmpty()) {
            return new ArticleLoad(Optional.empty(), problems);
        }
        Article article = parsed.article().get();
        List<ClaimFile> claimFiles = new ArrayList<>();
        Path folder = claimsDir.resolve(slug);
        if (Files.isDirectory(folder)) {
            int figures = 0;
            int notClaims = 0;
            long bytes = 0;
            List<Path> entries = list(folder, "", problems);
            warnAboutYmlFiles(entries, problems);
            for (Path claimPath : entries.stream().filter(p -> p.getFileName().toString().endsWith(CLAIM_SUFFIX)).toList()) {
                long size = sizeOf(claimPath);
                if (bytes + size > MAX_CLAIM_BYTES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(SourcePosition.wholeFile(display(claimPath)), "this file would bring the"
                            + " article's claim files to " + (bytes + size) + " bytes; the limit is " + MAX_CLAIM_BYTES_PER_ARTICLE
                            + " (4 MiB) per article: the file is left out (shorten the notes, or split the article)"));
                    continue;
                }
                bytes += size;
                reading[0] = claimPath;
                Optional<String> yaml = readText(claimPath, problems);
                if (yaml.isEmpty()) {
                    continue;
                }
                ClaimFileReader.Result result = claimReader.read(display(claimPath), yaml.get());
                problems.addAll(result.diagnostics());
                int more = result.claims().figures().size();
                int moreNotClaims = result.claims().notClaims().size();
                if (figures + more > MAX_FIGURES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(SourcePosition.wholeFile(display(claimPath)), "this file would bring the "
                            + "article to " + (figures + more) + " figures; the limit is " + MAX_FIGURES_PER_ARTICLE
                            + " per article: the file is left out"));
                    continue;
                }
                if (notClaims + moreNotClaims > MAX_FIGURES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(SourcePosition.wholeFile(display(claimPath)), "this file would bring the "
                            + "article to " + (notClaims + moreNotClaims) + " not-claims; the limit is " + MAX_FIGURES_PER_ARTICLE
                            + " per article, as for figures: the file is left out"));
                    continue;
                }
                figures += more;
                notClaims += moreNotClaims;
                claimFiles.add(result.claims());
            }
        }
        // Past this point the claims as a whole are at work; the claims folder is named, or the article without one.
        reading[0] = Files.isDirectory(folder) ? folder : file;
        Registry registry = Registry.resolve(claimFiles);
        problems.addAll(registry.diagnostics());
        reading[0] = file;
        ReaderArticle assembled = assembler.assemble(article, registry, problems);
        return new ArticleLoad(Optional.of(assembled), assembled.diagnostics());
    }

    /** The folders under {@code claims/} (but its schema) that have no article of their name, sorted. */
    private List<Path> foldersWithoutArticle() throws IOException {
        if (!Files.isDirectory(claimsDir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(claimsDir)) {
            return folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals("schema"))
                    .filter(f -> !Files.exists(articleFile(f.getFileName().toString())))
                    .sorted()
                    .toList();
        }
    }

    /** A claims folder whose article is missing is almost always a typo in one of the two names. */
    private void reportOrphanClaimFolders(Set<String> slugs, List<Diagnostic> problems) {
        try {
            foldersWithoutArticle().stream().filter(f -> !slugs.contains(f.getFileName().toString()))
                    .forEach(f -> problems.add(Diagnostic.warning(SourcePosition.wholeFile(display(f)),
                            "claims for an article that does not exist: add "
                                    + display(articleFile(f.getFileName().toString())) + " or rename the folder"
                                    + Suggestions.didYouMean(f.getFileName().toString(), slugs))));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(claimsDir)), "cannot list the folder: " + e.getMessage()));
        }
    }

    /** A claim file saved as {@code .yml} would be skipped without a word. */
    private void warnAboutYmlFiles(List<Path> entries, List<Diagnostic> problems) {
        entries.stream().filter(p -> p.getFileName().toString().endsWith(".yml"))
                .forEach(p -> problems.add(Diagnostic.warning(SourcePosition.wholeFile(display(p)), "this file is not read:"
                        + " claim files end in '" + CLAIM_SUFFIX + "'; rename it to "
                        + p.getFileName().toString().replaceAll("\\.yml$", CLAIM_SUFFIX))));
    }

    /**
     * The entries of {@code dir} whose names end with {@code suffix} (every entry for ""), sorted.
     * Entries that are not regular files (a folder named {@code x.yaml}, a pipe, a link) are listed
     * too, so that {@link #readText} can report them instead of skipping them silently.
     */
    private List<Path> list(Path dir, String suffix, List<Diagnostic> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Diagnostic.warning(SourcePosition.wholeFile(display(dir)), "folder not found: nothing to load from it"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(dir)), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /**
     * The text of an article or claim file, or empty with a diagnostic naming the file. Refused:
     * a symbolic link (of the file or of a folder on its way) that leads outside the articles and
     * claims folders, or to nothing; links that stay inside them are followed. Anything that is not
     * a regular file (a folder, a pipe, a device); more than {@value #MAX_FILE_BYTES} bytes; bytes
     * that are not UTF-8; control characters other than tab and line breaks (NUL…). A UTF-8
     * byte-order mark at the start is accepted silently and removed.
     */
    private Optional<String> readText(Path file, List<Diagnostic> problems) {
        SourcePosition whole = SourcePosition.wholeFile(display(file));
        try {
            if (!Files.exists(file)) {
                problems.add(Diagnostic.error(whole, Files.isSymbolicLink(file)
                        ? "symbolic link to a file that does not exist: fix the link or remove it"
                        : "file not found"));
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realPath(articlesDir)) && !real.startsWith(realPath(claimsDir))) {
                problems.add(Diagnostic.error(whole, "symbolic link leads outside the articles and claims folders: "
                        + "refused (copy the file into the folder instead of linking to it)"));
                return Optional.empty();
            }
            if (!Files.isRegularFile(real)) {
                problems.add(Diagnostic.error(whole, "not a regular file (a folder, pipe or device): refused"));
                return Optional.empty();
            }
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                problems.add(Diagnostic.error(whole, "file is " + size
                        + " bytes; the limit is " + MAX_FILE_BYTES + ": split it into smaller files"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            if (bytes.length > MAX_FILE_BYTES) { // grew since it was measured
                problems.add(Diagnostic.error(whole, "file is " + bytes.length
                        + " bytes; the limit is " + MAX_FILE_BYTES + ": split it into smaller files"));
                return Optional.empty();
            }
            return decode(display(file), bytes, problems);
        } catch (IOException e) {
            problems.add(Diagnostic.error(whole, "cannot read the file: " + e.getClass().getSimpleName()));
            return Optional.empty();
        }
    }

    /** The size of a regular file (following links), 0 for anything {@link #readText} refuses anyway. */
    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** Strict UTF-8 without a leading byte-order mark, or a diagnostic at the first bad byte or character. */
    static Optional<String> decode(String file, byte[] bytes, List<Diagnostic> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            problems.add(Diagnostic.error(positionAt(file, out, out.limit()), String.format(java.util.Locale.ROOT,
                    "file is not valid UTF-8 (byte 0x%02X here): save it as UTF-8", bytes[in.position()] & 0xFF)));
            return Optional.empty();
        }
        for (int i = 0; i < out.limit(); i++) {
            char c = out.get(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                problems.add(Diagnostic.error(positionAt(file, out, i), String.format(java.util.Locale.ROOT,
                        "the control character U+%04X%s is not allowed: remove it (articles and claim files are plain text)",
                        (int) c, c == 0 ? " (NUL)" : "")));
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    /** The 1-based line and column of character {@code index} in {@code text}. */
    private static SourcePosition positionAt(String file, CharBuffer text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, index - lineStart + 1);
    }

    /**
     * A path as readers, editors and the export are shown it: from the content folder's own name on
     * ({@code claims/baidu-sora/power.yaml}, {@code articles/baidu-sora.md}), wherever the folders
     * are on the server ({@code --reader.claims-dir=/srv/x/claims}), so that no server path is
     * published; with the default folders this is also the path from the working directory.
     */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path dir : List.of(claimsDir, articlesDir)) {
            Path root = dir.toAbsolutePath().normalize();
            if (absolute.startsWith(root)) {
                Path name = root.getFileName();
                Path inside = root.relativize(absolute);
                String shown = name == null ? inside.toString()
                        : inside.toString().isEmpty() ? name.toString() : name + "/" + inside;
                return shown.replace(java.io.File.separatorChar, '/');
            }
        }
        Path name = absolute.getFileName();
        return name == null ? absolute.toString() : name.toString();
    }
}
