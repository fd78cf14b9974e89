package org.evidencereader.yaml;

import org.evidencereader.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * What the two YAML readers (claim files and front matter) share: Jackson's streaming YAML parser
 * set up the same way, and the way a limit crossed stops the read. Each reader builds its own tree
 * with positions, so neither needs a databind mapper.
 */
public final class StreamingYaml {

    private StreamingYaml() {
    }

    /**
     * A parser factory whose own nesting limit is one level above the reader's, as a second fence;
     * an empty value ({@code key:}) reads as null, as with {@code YAMLMapper.builder()}.
     */
    public static YAMLFactory factory(int maxDepth) {
        return YAMLFactory.builder()
                .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxDocumentLength(2_000_000)
                        .build())
                .build();
    }

    /** Whether the current token carries an anchor ({@code &name}) or is an alias ({@code *name}). */
    public static boolean isAnchorOrAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null);
    }

    /**
     * A syntax error as an editor should read it: where the problem is (1-based line and column in
     * the file) and what it is, in words that say how to fix it where the parser's own are only a
     * context ("while scanning for the next token").
     */
    public record SyntaxError(int line, int column, String message) {
    }

    /** @param firstLine the file's line on which the parsed text starts (1 for a whole file) */
    public static SyntaxError describe(JacksonException e, int firstLine) {
        int shift = firstLine - 1;
        if (e.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
            Mark at = marked.getProblemMark().get();
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            String opened = marked.getContextMark()
                    .map(m -> " at line " + (m.getLine() + 1 + shift) + ", column " + (m.getColumn() + 1)).orElse("");
            String message;
            if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
                message = "a tab where YAML allows only spaces (to indent, and after ':'): replace the tab with spaces";
            } else if (problem.contains("cannot start any token")) {
                int quote = problem.indexOf("found character '");
                String character = quote < 0 ? "this character" : "'" + problem.substring(quote + 17, problem.indexOf('\'', quote + 17)) + "'";
                message = "a value cannot start with " + character + ": quote the value (\"…\")";
            } else if (problem.startsWith("expected ',' or '}'")) {
                message = "inside the '{'" + opened + ": add ',' between its entries, or close it with '}' (or write one key "
                        + "per line without braces)";
            } else if (problem.startsWith("expected ',' or ']'")) {
                message = "inside the '['" + opened + ": add ',' between its items, or close it with ']' (or write one item "
                        + "per line starting with '- ')";
            } else if (problem.startsWith("expected <block end>") && problem.contains("<scalar>")) {
                message = "more text after a quoted or bracketed value on the same line: quote the whole value (\"…\")";
            } else if (problem.startsWith("expected <block end>")) {
                message = "this line is indented differently from the lines above it (the block that starts" + opened
                        + "): indent it like the other keys at its level";
            } else if (problem.startsWith("mapping values are not allowed here")) {
                message = "a ':' where a value was expected: if this line holds a key, indent it like the key above it; if "
                        + "the value contains ': ', quote it (\"…\")";
            } else {
                message = problem + (marked.getContext() == null ? "" : " (" + marked.getContext() + opened + ")");
            }
            return new SyntaxError(at.getLine() + 1 + shift, at.getColumn() + 1, message);
        }
        TokenStreamLocation location = e.getLocation();
        String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().strip();
        int nl = original.indexOf('\n');
        return new SyntaxError(location == null ? firstLine : Math.max(1, location.getLineNr()) + shift,
                location == null ? 1 : Math.max(1, location.getColumnNr()), nl < 0 ? original : original.substring(0, nl));
    }

    /** A limit crossed: reading stops there, and the text is refused with this message at that place. */
    public static final class LimitExceeded extends RuntimeException {
        private final SourcePosition at;

        public LimitExceeded(SourcePosition at, String message) {
            super(message, null, false, false);
            this.at = at;
        }

        public SourcePosition at() {
            return at;
        }
    }
}
