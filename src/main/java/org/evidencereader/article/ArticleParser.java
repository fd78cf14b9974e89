package org.evidencereader.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.nlp.SentenceSplitter;

/**
 * Markdown with YAML front matter → {@link Article}. commonmark-java parses the body; every block
 * becomes a passage with a stable id ({@code p-1}, {@code p-2}, …) and the sentence splitter cuts
 * each passage into sentences. Configured once; immutable and thread-safe afterwards.
 */
public final class ArticleParser {

    /** Slugs become URL path segments and folder names, so they are kept to a safe alphabet. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("^---[ \\t]*$");
    /** Limits on the body: every passage is split into sentences and searched for numbers. */
    public static final int MAX_PASSAGES = 5_000;

    public static final int MAX_PASSAGE_CHARS = 20_000;

    private final Parser markdown = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final SentenceSplitter sentences;

    public ArticleParser(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    /** The outcome of parsing one file: the article if it could be read, and every problem found. */
    public record Result(Optional<Article> article, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result parse(String slug, String file, String source) {
        List<Diagnostic> problems = new ArrayList<>();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(
                    Diagnostic.error(SourcePosition.wholeFile(file), Message.of("diagnostic.article.bad-slug", slug)));
            return new Result(Optional.empty(), problems);
        }
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        int bodyStart = 0;
        FrontMatter meta = null;
        if (lines.length > 0 && FRONT_MATTER_FENCE.matcher(lines[0]).matches()) {
            int close = -1;
            for (int i = 1; i < lines.length; i++) {
                if (FRONT_MATTER_FENCE.matcher(lines[i]).matches()) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                problems.add(Diagnostic.error(
                        new SourcePosition(file, 1, 1), Message.of("diagnostic.article.front-matter-unclosed")));
                return new Result(Optional.empty(), problems);
            }
            StringBuilder yaml = new StringBuilder();
            for (int i = 1; i < close; i++) {
                yaml.append(lines[i]).append('\n');
            }
            meta = FrontMatterReader.read(file, yaml.toString(), problems);
            bodyStart = close + 1;
        }
        if (meta == null) {
            if (problems.isEmpty() && text.isBlank()) {
                problems.add(Diagnostic.error(new SourcePosition(file, 1, 1), Message.of("diagnostic.article.empty")));
            } else if (problems.isEmpty()) {
                problems.add(Diagnostic.error(
                        new SourcePosition(file, 1, 1), Message.of("diagnostic.article.no-front-matter")));
            }
            return new Result(Optional.empty(), problems);
        }
        StringBuilder body = new StringBuilder();
        for (int i = bodyStart; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        List<Passage> passages = new ArrayList<>();
        new MarkdownBlocks(file, bodyStart, lines, problems).collect(markdown.parse(body.toString()), passages);
        if (passages.size() > MAX_PASSAGES) {
            problems.add(Diagnostic.error(
                    SourcePosition.wholeFile(file),
                    Message.of("diagnostic.article.too-many-passages", passages.size(), MAX_PASSAGES)));
            return new Result(Optional.empty(), problems);
        }
        for (Passage passage : passages) {
            if (passage.text().length() > MAX_PASSAGE_CHARS) {
                problems.add(Diagnostic.error(
                        new SourcePosition(file, passage.line(), 1),
                        Message.of(
                                "diagnostic.article.passage-too-long",
                                passage.text().length(),
                                MAX_PASSAGE_CHARS)));
                return new Result(Optional.empty(), problems);
            }
        }
        passages.replaceAll(p -> p.kind() == PassageKind.CODE
                ? p
                : new Passage(
                        p.id(), p.kind(), p.text(), sentences.split(p.text()), p.line(), p.inlines(), p.origins()));
        if (passages.isEmpty()) {
            problems.add(Diagnostic.warning(
                    new SourcePosition(file, bodyStart + 1, 1), Message.of("diagnostic.article.no-text")));
        }
        return new Result(Optional.of(new Article(slug, file, meta, passages)), problems);
    }
}
