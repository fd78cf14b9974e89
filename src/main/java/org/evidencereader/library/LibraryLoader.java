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
import java.nio.charset.CharacterCodingException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Reads {@code articles/<slug>.md} and {@code claims/<slug>/*.yaml} into a {@link LibrarySnapshot},
 * all at once ({@link #load()}) or one changed article at a time ({@link #update}). A broken file
 * never stops a load: it becomes diagnostics, and everything else is still served; after a change,
 * a version of an article with errors never replaces its last good version.
 */
public final class LibraryLoader {

    private static final long MAX_FILE_BYTES = 1_000_000;
    private static final String ARTICLE_SUFFIX = ".md";
    private static final String CLAIM_SUFFIX = ".yaml";

    private final Path articlesDir;
    private final Path claimsDir;
    private final ArticleParser articleParser;
    private final ClaimFileReader claimReader;
    private final ArticleAssembler assembler;
    private final AtomicLong versions = new AtomicLong();

    public LibraryLoader(Path articlesDir, Path claimsDir, ArticleParser articleParser, ClaimFileReader claimReader,
                         ArticleAssembler assembler) {
        this.articlesDir = articlesDir;
        this.claimsDir = claimsDir;
        this.articleParser = articleParser;
        this.claimReader = claimReader;
        this.assembler = assembler;
    }

    /** The loader with the standard pipeline: commonmark + HanLP sentences, Jackson YAML claims, the anchorer. */
    public static LibraryLoader standard(Path articlesDir, Path claimsDir) {
        return new LibraryLoader(articlesDir, claimsDir, new ArticleParser(new HanLpSentenceSplitter()),
                new ClaimFileReader(), new ArticleAssembler(new Anchorer(), new Detector(new HanLpTokenizer())));
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
        for (String slug : slugs(libraryProblems)) {
            ArticleLoad load = loadArticle(slug);
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
        for (String slug : Set.copyOf(changedSlugs)) {
            Optional<ReaderArticle> served = previous.article(slug);
            if (!Files.exists(articleFile(slug))) {
                articles.remove(slug);
                unreadable.remove(slug);
                continue;
            }
            ArticleLoad load = loadArticle(slug);
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

    private ArticleLoad loadArticle(String slug) {
        List<Diagnostic> problems = new ArrayList<>();
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
            for (Path claimPath : list(folder, CLAIM_SUFFIX, problems)) {
                readText(claimPath, problems).ifPresent(yaml -> {
                    ClaimFileReader.Result result = claimReader.read(display(claimPath), yaml);
                    problems.addAll(result.diagnostics());
                    claimFiles.add(result.claims());
                });
            }
        }
        Registry registry = Registry.resolve(claimFiles);
        problems.addAll(registry.diagnostics());
        ReaderArticle assembled = assembler.assemble(article, registry, problems);
        return new ArticleLoad(Optional.of(assembled), assembled.diagnostics());
    }

    /** A claims folder whose article is missing is almost always a typo in one of the two names. */
    private void reportOrphanClaimFolders(Set<String> slugs, List<Diagnostic> problems) {
        if (!Files.isDirectory(claimsDir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(claimsDir)) {
            folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().equals("schema"))
                    .filter(f -> !slugs.contains(f.getFileName().toString()))
                    .filter(f -> !Files.exists(articleFile(f.getFileName().toString())))
                    .sorted()
                    .forEach(f -> problems.add(Diagnostic.warning(SourcePosition.wholeFile(display(f)),
                            "claims for an article that does not exist: add "
                                    + display(articleFile(f.getFileName().toString())) + " or rename the folder"
                                    + Suggestions.didYouMean(f.getFileName().toString(), slugs))));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(claimsDir)), "cannot list the folder: " + e.getMessage()));
        }
    }

    private static List<Path> list(Path dir, String suffix, List<Diagnostic> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Diagnostic.warning(SourcePosition.wholeFile(display(dir)), "folder not found: nothing to load from it"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(dir)), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static Optional<String> readText(Path file, List<Diagnostic> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Diagnostic.error(SourcePosition.wholeFile(display(file)), "file is " + size
                        + " bytes; the limit is " + MAX_FILE_BYTES + ": split it into smaller files"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(file)), "file is not valid UTF-8: save it as UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePosition.wholeFile(display(file)), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Paths in diagnostics as the editor typed them: relative to the working directory when possible. */
    static String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
