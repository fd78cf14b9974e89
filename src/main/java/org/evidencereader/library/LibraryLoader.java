package org.evidencereader.library;

import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.evidencereader.anchor.Anchorer;
import org.evidencereader.article.Article;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.claim.ClaimFile;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.claim.Registry;
import org.evidencereader.claim.Suggestions;
import org.evidencereader.detect.Detector;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.nlp.HanLpSentenceSplitter;
import org.evidencereader.nlp.HanLpTokenizer;

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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryLoader.class);
    /**
     * Bytes of claim files read for one article, over all its files (4 MiB): what one load holds in
     * memory stays bounded however many files a folder has.
     */
    static final long MAX_CLAIM_BYTES_PER_ARTICLE = 4L * 1024 * 1024;
    /** Figures defined for one article, over all its claim files; not-claims are counted against the same number. */
    static final int MAX_FIGURES_PER_ARTICLE = 2_000;

    private final Path articlesDir;
    private final Path claimsDir;
    private final ContentFiles files;
    private final ArticleParser articleParser;
    private final ClaimFileReader claimReader;
    private final ArticleAssembler assembler;
    private final int threads;
    private final AtomicLong versions = new AtomicLong();

    /**
     * @param threads how many articles are read at once at most; 1 reads them one after another on
     *                the calling thread
     */
    public LibraryLoader(
            Path articlesDir,
            Path claimsDir,
            ArticleParser articleParser,
            ClaimFileReader claimReader,
            ArticleAssembler assembler,
            int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.articlesDir = articlesDir;
        this.claimsDir = claimsDir;
        this.files = new ContentFiles(articlesDir, claimsDir);
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
        return new LibraryLoader(
                articlesDir,
                claimsDir,
                new ArticleParser(new HanLpSentenceSplitter()),
                new ClaimFileReader(),
                new ArticleAssembler(new Anchorer(), new Detector(new HanLpTokenizer())),
                threads);
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
            if (Files.exists(files.articleFile(slug))) {
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
            boolean keepLastGood =
                    load.hasErrors() && served.isPresent() && !served.get().hasErrors();
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
        problems.add(Diagnostic.error(
                SourcePosition.wholeFile(display(folder)),
                Message.of(
                        "diagnostic.claims-folder-gone",
                        served.get().figures().size(),
                        Suggestions.closest(slug, others)
                                .map(renamed -> Message.of("diagnostic.renamed-to", renamed))
                                .orElseGet(Message::empty))));
        return new ArticleLoad(load.article(), problems);
    }

    /** The slug a changed file belongs to, if it belongs to one ({@code articles/x.md}, {@code claims/x/…}). */
    public Optional<String> slugOf(Path changed) {
        return files.slugOf(changed);
    }

    private List<String> slugs(List<Diagnostic> problems) {
        return files.list(articlesDir, ContentFiles.ARTICLE_SUFFIX, problems).stream()
                .map(p -> p.getFileName().toString())
                .map(name -> name.substring(0, name.length() - ContentFiles.ARTICLE_SUFFIX.length()))
                .toList();
    }

    /**
     * Each slug's article read afresh, in the order of {@code slugs}. With one slug, or one thread,
     * on the calling thread (an edit reloads one article: no pool for that).
     */
    private List<ArticleLoad> loadAll(List<String> slugs) {
        return InOrderPool.map(slugs, threads, this::loadArticle);
    }

    /**
     * One article read afresh. Whatever goes wrong while reading it (a bug the file's content
     * triggers, a stack or memory exhausted by it) becomes an error naming the file being read at the
     * time, never a failed load: every other article is still read and served, and a version of this
     * one without errors stays served (see {@link #update}).
     */
    private ArticleLoad loadArticle(String slug) {
        List<Diagnostic> problems = new ArrayList<>();
        Path[] reading = {files.articleFile(slug)};
        try {
            return readArticle(slug, problems, reading);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String file = display(reading[0]);
            LOG.warn("reading " + file + " failed; it is reported as an error in the file", e);
            problems.add(Diagnostic.error(
                    SourcePosition.wholeFile(file),
                    Message.of("diagnostic.reader-failed", e.getClass().getSimpleName())));
            return new ArticleLoad(Optional.empty(), problems);
        }
    }

    /** {@link #loadArticle}; {@code reading[0]} is kept on the file being read, for the error if one fails. */
    private ArticleLoad readArticle(String slug, List<Diagnostic> problems, Path[] reading) {
        Path file = files.articleFile(slug);
        Optional<String> text = files.readText(file, problems);
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
            List<Path> entries = files.list(folder, "", problems);
            files.warnAboutYmlFiles(entries, problems);
            for (Path claimPath : entries.stream()
                    .filter(p -> p.getFileName().toString().endsWith(ContentFiles.CLAIM_SUFFIX))
                    .toList()) {
                long size = ContentFiles.sizeOf(claimPath);
                if (bytes + size > MAX_CLAIM_BYTES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(
                            SourcePosition.wholeFile(display(claimPath)),
                            Message.of("diagnostic.claim-bytes-limit", bytes + size, MAX_CLAIM_BYTES_PER_ARTICLE)));
                    continue;
                }
                bytes += size;
                reading[0] = claimPath;
                Optional<String> yaml = files.readText(claimPath, problems);
                if (yaml.isEmpty()) {
                    continue;
                }
                ClaimFileReader.Result result = claimReader.read(display(claimPath), yaml.get());
                problems.addAll(result.diagnostics());
                int more = result.claims().figures().size();
                int moreNotClaims = result.claims().notClaims().size();
                if (figures + more > MAX_FIGURES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(
                            SourcePosition.wholeFile(display(claimPath)),
                            Message.of("diagnostic.figures-limit", figures + more, MAX_FIGURES_PER_ARTICLE)));
                    continue;
                }
                if (notClaims + moreNotClaims > MAX_FIGURES_PER_ARTICLE) {
                    problems.add(Diagnostic.error(
                            SourcePosition.wholeFile(display(claimPath)),
                            Message.of(
                                    "diagnostic.not-claims-limit",
                                    notClaims + moreNotClaims,
                                    MAX_FIGURES_PER_ARTICLE)));
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
                    .filter(f -> !Files.exists(files.articleFile(f.getFileName().toString())))
                    .sorted()
                    .toList();
        }
    }

    /** A claims folder whose article is missing is almost always a typo in one of the two names. */
    private void reportOrphanClaimFolders(Set<String> slugs, List<Diagnostic> problems) {
        try {
            foldersWithoutArticle().stream()
                    .filter(f -> !slugs.contains(f.getFileName().toString()))
                    .forEach(f -> problems.add(Diagnostic.warning(
                            SourcePosition.wholeFile(display(f)),
                            Message.of(
                                    "diagnostic.orphan-claims-folder",
                                    display(files.articleFile(f.getFileName().toString())),
                                    Suggestions.didYouMeanMessage(
                                            f.getFileName().toString(), slugs)))));
        } catch (IOException e) {
            problems.add(Diagnostic.error(
                    SourcePosition.wholeFile(display(claimsDir)),
                    Message.of("diagnostic.cannot-list", e.getMessage())));
        }
    }

    /**
     * A path as readers, editors and the export are shown it: from the content folder's own name on
     * ({@code claims/baidu-sora/power.yaml}, {@code articles/baidu-sora.md}), never a server path
     * ({@link ContentFiles#display}).
     */
    public String display(Path path) {
        return files.display(path);
    }
}
