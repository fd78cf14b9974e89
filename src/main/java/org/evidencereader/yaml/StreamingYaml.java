package org.evidencereader.yaml;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * What the two YAML readers (claim files and front matter) share: Jackson's streaming YAML parser
 * set up the same way, and the way a limit crossed stops the read. Each reader builds its own tree
 * with positions, so neither needs a databind mapper.
 */
public final class StreamingYaml {

    private StreamingYaml() {}

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
    public record SyntaxError(int line, int column, Message text) {
        /** The text in English, as CI logs show it. */
        public String message() {
            return text.in(Locale.ENGLISH);
        }
    }

    /**
     * As {@link #describe(JacksonException, int)}, but where the parser's position is only where the
     * mistake showed, the mistake itself when the text shows it: a key followed by a full-width colon
     * or indented with full-width spaces (easy to type with a Chinese input method, and reported by
     * the parser a line later), or a double-quoted value left open, which the parser reads on to the
     * next '"', lines further down.
     *
     * @param text the parsed text, whose first line is the file's {@code firstLine}
     */
    public static SyntaxError describe(JacksonException e, int firstLine, String text) {
        SyntaxError parsed = describe(e, firstLine);
        String[] lines = text.split("\r?\n|\r", -1);
        int errorIndex = Math.min(parsed.line() - firstLine, lines.length - 1);
        if (errorIndex < 0) {
            return parsed;
        }
        for (int i = Math.max(0, errorIndex - FULL_WIDTH_REACH); i <= errorIndex; i++) {
            Matcher indented = FULL_WIDTH_INDENT.matcher(lines[i]);
            if (indented.find()) {
                return new SyntaxError(
                        i + firstLine, lines[i].indexOf('\u3000') + 1, Message.of("diagnostic.yaml.full-width-indent"));
            }
            Matcher colon = FULL_WIDTH_COLON.matcher(lines[i]);
            if (colon.find()) {
                return new SyntaxError(
                        i + firstLine,
                        colon.end(),
                        Message.of("diagnostic.yaml.full-width-colon", colon.group(1), colon.group(1) + ": …"));
            }
        }
        Optional<SyntaxError> noColon = keyWithoutColon(e, firstLine, lines);
        if (noColon.isPresent()) {
            return noColon.get();
        }
        String before =
                lines[errorIndex].substring(0, Math.min(lines[errorIndex].length(), Math.max(0, parsed.column() - 1)));
        if (parsed.text().key().equals(MORE_TEXT) && quotes(before) % 2 == 1) {
            for (int i = errorIndex - 1; i >= 0; i--) {
                int count = quotes(lines[i]);
                if (count % 2 == 1) {
                    return new SyntaxError(
                            i + firstLine,
                            lines[i].lastIndexOf('"') + 1,
                            Message.of("diagnostic.yaml.open-quote", parsed.line()));
                }
                if (count > 0) {
                    break;
                }
            }
        }
        return parsed;
    }

    /**
     * "could not find expected ':'" (while scanning a simple key): a line that should be
     * {@code key: value} but has no ':', such as {@code stated 700W}, or a key cut short by a save
     * that never finished. The parser reports it on the next line; this names the line and the fix.
     */
    private static Optional<SyntaxError> keyWithoutColon(JacksonException e, int firstLine, String[] lines) {
        if (!(e.getCause() instanceof MarkedYamlEngineException marked)
                || marked.getProblem() == null
                || !marked.getProblem().contains("could not find expected ':'")
                || marked.getContextMark().isEmpty()) {
            return Optional.empty();
        }
        Mark at = marked.getContextMark().get();
        int index = at.getLine();
        if (index < 0 || index >= lines.length) {
            return Optional.empty();
        }
        String rest = lines[index]
                .substring(Math.min(lines[index].length(), at.getColumn()))
                .strip();
        int space = rest.indexOf(' ');
        String key = space < 0 ? rest : rest.substring(0, space);
        String fix =
                space < 0 ? key + ": …" : key + ": " + rest.substring(space + 1).strip();
        return Optional.of(new SyntaxError(
                index + firstLine, at.getColumn() + 1, Message.of("diagnostic.yaml.no-colon", rest, fix)));
    }

    /** How many lines above the parser's position a full-width colon or indentation is looked for. */
    private static final int FULL_WIDTH_REACH = 2;
    /** A key (or list item) indented with at least one ideographic space. */
    private static final Pattern FULL_WIDTH_INDENT =
            Pattern.compile("^[ \u3000]*\u3000[ \u3000]*(?:- |[A-Za-z_][\\w-]*[ \u3000]*[:\uFF1A])");
    /** A key followed by a full-width colon. */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^\\s*(?:- )?([A-Za-z_][\\w-]*)\\s*\uFF1A");

    private static final String MORE_TEXT = "diagnostic.yaml.more-text";

    /** Double quotes in a line that are not escaped with a backslash, before any comment. */
    private static int quotes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                count++;
            } else if (c == '#' && count % 2 == 0 && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                break;
            }
        }
        return count;
    }

    /** @param firstLine the file's line on which the parsed text starts (1 for a whole file) */
    public static SyntaxError describe(JacksonException e, int firstLine) {
        int shift = firstLine - 1;
        if (e.getCause() instanceof MarkedYamlEngineException marked
                && marked.getProblemMark().isPresent()) {
            Mark at = marked.getProblemMark().get();
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            Message opened = marked.getContextMark()
                    .map(m -> Message.of("diagnostic.yaml.opened", m.getLine() + 1 + shift, m.getColumn() + 1))
                    .orElseGet(Message::empty);
            Message message;
            if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
                message = Message.of("diagnostic.yaml.tab");
            } else if (problem.contains("cannot start any token")) {
                int quote = problem.indexOf("found character '");
                message = quote < 0
                        ? Message.of("diagnostic.yaml.bad-start.unknown")
                        : Message.of(
                                "diagnostic.yaml.bad-start",
                                problem.substring(quote + 17, problem.indexOf('\'', quote + 17)));
            } else if (problem.startsWith("expected ',' or '}'")) {
                message = Message.of("diagnostic.yaml.unclosed-brace", opened);
            } else if (problem.startsWith("expected ',' or ']'")) {
                message = Message.of("diagnostic.yaml.unclosed-bracket", opened);
            } else if (problem.startsWith("expected <block end>") && problem.contains("<scalar>")) {
                message = Message.of(MORE_TEXT);
            } else if (problem.startsWith("expected <block end>")) {
                message = Message.of("diagnostic.yaml.indent", opened);
            } else if (problem.startsWith("mapping values are not allowed here")) {
                message = Message.of("diagnostic.yaml.colon");
            } else {
                // the parser's own words, as it gives them, in either language
                message = Message.of(
                        "diagnostic.yaml.parser",
                        problem
                                + (marked.getContext() == null
                                        ? ""
                                        : " (" + marked.getContext() + opened.in(Locale.ENGLISH) + ")"));
            }
            return new SyntaxError(at.getLine() + 1 + shift, at.getColumn() + 1, message);
        }
        TokenStreamLocation location = e.getLocation();
        String original = e.getOriginalMessage() == null
                ? "syntax error"
                : e.getOriginalMessage().strip();
        int nl = original.indexOf('\n');
        return new SyntaxError(
                location == null ? firstLine : Math.max(1, location.getLineNr()) + shift,
                location == null ? 1 : Math.max(1, location.getColumnNr()),
                Message.of("diagnostic.yaml.parser", nl < 0 ? original : original.substring(0, nl)));
    }

    /** A limit crossed: reading stops there, and the text is refused with this message at that place. */
    public static final class LimitExceeded extends RuntimeException {
        private final SourcePosition at;

        private final Message text;

        public LimitExceeded(SourcePosition at, Message text) {
            super(text.in(Locale.ENGLISH), null, false, false);
            this.at = at;
            this.text = text;
        }

        /** A limit described in English only, shown as written in either language. */
        public LimitExceeded(SourcePosition at, String message) {
            this(at, Message.of("diagnostic.yaml.parser", message));
        }

        public Message text() {
            return text;
        }

        public SourcePosition at() {
            return at;
        }
    }
}
