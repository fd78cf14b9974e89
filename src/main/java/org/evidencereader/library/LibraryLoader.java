package org.evidencereader.library;

import org.evidencereader.article.Article;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.claim.ClaimFile;
import org.evidencereader.claim.ClaimFileReader;
import org.evidencereader.claim.Registry;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Reads {@code articles/<slug>.md} and {@code claims/<slug>/*.yaml} into a {@link LibrarySnapshot}.
 * A broken file never stops the load: it becomes diagnostics, and everything else is still served.
 */
public final class LibraryLoader {

    private static final long MAX_FILE_BYTES = 1_000_000;

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
        return new LibraryLoader(articlesDir, claimsDir,
                new ArticleParser(new org.evidencereader.nlp.HanLpSentenceSplitter()), new ClaimFileReader(),
                new ArticleAssembler(new org.evidencereader.anchor.Anchorer()));
    }

    public LibrarySnapshot load() {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, ReaderArticle> articles = new LinkedHashMap<>();
        for (Path file : list(articlesDir, ".md", problems)) {
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.length() - ".md".length());
            loadArticle(slug, file, problems).ifPresent(article -> articles.put(slug, article));
        }
        return new LibrarySnapshot(versions.incrementAndGet(), Instant.now(), articles, problems);
    }

    private Optional<ReaderArticle> loadArticle(String slug, Path file, List<Diagnostic> problems) {
        Optional<String> text = readText(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ArticleParser.Result parsed = articleParser.parse(slug, display(file), text.get());
        problems.addAll(parsed.diagnostics());
        if (parsed.article().isEmpty()) {
            return Optional.empty();
        }
        Article article = parsed.article().get();
        List<ClaimFile> claimFiles = new ArrayList<>();
        List<Diagnostic> claimProblems = new ArrayList<>();
        Path folder = claimsDir.resolve(slug);
        if (Files.isDirectory(folder)) {
            for (Path claimPath : list(folder, ".yaml", claimProblems)) {
                readText(claimPath, claimProblems).ifPresent(yaml -> {
                    ClaimFileReader.Result result = claimReader.read(display(claimPath), yaml);
                    claimProblems.addAll(result.diagnostics());
                    claimFiles.add(result.claims());
                });
            }
        }
        Registry registry = Registry.resolve(claimFiles);
        claimProblems.addAll(registry.diagnostics());
        ReaderArticle assembled = assembler.assemble(article, registry, claimProblems);
        problems.addAll(assembled.diagnostics());
        return Optional.of(assembled);
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
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
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
