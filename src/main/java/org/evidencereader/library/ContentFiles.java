package org.evidencereader.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencereader.article.ArticleParser;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * The articles and claims folders as files: listing them, reading a file's text within the limits
 * (size, UTF-8, no control characters, no link that leads outside), and naming a file as editors
 * are shown it.
 */
final class ContentFiles {

    static final String ARTICLE_SUFFIX = ".md";
    static final String CLAIM_SUFFIX = ".yaml";
    private static final long MAX_FILE_BYTES = 1_000_000;

    private final Path articlesDir;
    private final Path claimsDir;

    ContentFiles(Path articlesDir, Path claimsDir) {
        this.articlesDir = articlesDir;
        this.claimsDir = claimsDir;
    }

    /** The slug a changed file belongs to, if it belongs to one ({@code articles/x.md}, {@code claims/x/…}). */
    Optional<String> slugOf(Path changed) {
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

    /** Where the article of this slug is (or would be). */
    Path articleFile(String slug) {
        return articlesDir.resolve(slug + ARTICLE_SUFFIX);
    }

    /** A claim file saved as {@code .yml} would be skipped without a word. */
    void warnAboutYmlFiles(List<Path> entries, List<Diagnostic> problems) {
        entries.stream()
                .filter(p -> p.getFileName().toString().endsWith(".yml"))
                .forEach(p -> problems.add(Diagnostic.warning(
                        SourcePosition.wholeFile(display(p)),
                        Message.of(
                                "diagnostic.yml-suffix",
                                CLAIM_SUFFIX,
                                p.getFileName().toString().replaceAll("\\.yml$", CLAIM_SUFFIX)))));
    }

    /**
     * The entries of {@code dir} whose names end with {@code suffix} (every entry for ""), sorted.
     * Entries that are not regular files (a folder named {@code x.yaml}, a pipe, a link) are listed
     * too, so that {@link #readText} can report them instead of skipping them silently.
     */
    List<Path> list(Path dir, String suffix, List<Diagnostic> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Diagnostic.warning(
                    SourcePosition.wholeFile(display(dir)), Message.of("diagnostic.folder-not-found")));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(
                    SourcePosition.wholeFile(display(dir)), Message.of("diagnostic.cannot-list", e.getMessage())));
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
    Optional<String> readText(Path file, List<Diagnostic> problems) {
        SourcePosition whole = SourcePosition.wholeFile(display(file));
        try {
            if (!Files.exists(file)) {
                problems.add(Diagnostic.error(
                        whole,
                        Files.isSymbolicLink(file)
                                ? Message.of("diagnostic.dangling-link")
                                : Message.of("diagnostic.file-not-found")));
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realPath(articlesDir)) && !real.startsWith(realPath(claimsDir))) {
                problems.add(Diagnostic.error(whole, Message.of("diagnostic.link-outside")));
                return Optional.empty();
            }
            if (!Files.isRegularFile(real)) {
                problems.add(Diagnostic.error(whole, Message.of("diagnostic.not-regular-file")));
                return Optional.empty();
            }
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                problems.add(Diagnostic.error(whole, Message.of("diagnostic.file-too-large", size, MAX_FILE_BYTES)));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            if (bytes.length > MAX_FILE_BYTES) { // grew since it was measured
                problems.add(
                        Diagnostic.error(whole, Message.of("diagnostic.file-too-large", bytes.length, MAX_FILE_BYTES)));
                return Optional.empty();
            }
            return decode(display(file), bytes, problems);
        } catch (IOException e) {
            problems.add(Diagnostic.error(
                    whole, Message.of("diagnostic.cannot-read", e.getClass().getSimpleName())));
            return Optional.empty();
        }
    }

    /** The size of a regular file (following links), 0 for anything {@link #readText} refuses anyway. */
    static long sizeOf(Path file) {
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
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
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
            problems.add(Diagnostic.error(
                    positionAt(file, out, out.limit()),
                    Message.of(
                            "diagnostic.not-utf8",
                            String.format(java.util.Locale.ROOT, "%02X", bytes[in.position()] & 0xFF))));
            return Optional.empty();
        }
        for (int i = 0; i < out.limit(); i++) {
            char c = out.get(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                problems.add(Diagnostic.error(
                        positionAt(file, out, i),
                        Message.of(
                                "diagnostic.control-character",
                                String.format(java.util.Locale.ROOT, "%04X", (int) c),
                                c == 0 ? " (NUL)" : "")));
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
    String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path dir : List.of(claimsDir, articlesDir)) {
            Path root = dir.toAbsolutePath().normalize();
            if (absolute.startsWith(root)) {
                Path name = root.getFileName();
                Path inside = root.relativize(absolute);
                String shown = name == null
                        ? inside.toString()
                        : inside.toString().isEmpty() ? name.toString() : name + "/" + inside;
                return shown.replace(java.io.File.separatorChar, '/');
            }
        }
        Path name = absolute.getFileName();
        return name == null ? absolute.toString() : name.toString();
    }
}
