package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.yaml.StreamingYaml;
import org.evidencereader.yaml.StreamingYaml.LimitExceeded;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads YAML through Jackson 3's streaming YAML parser into {@link YamlNode}s with positions.
 * Duplicate keys, which YAML parsers usually accept silently (the last one wins), are reported.
 *
 * <p>Claim files come from many hands, so the reader refuses, with one diagnostic at the place
 * where the limit was crossed, anything a claim file never needs:
 * <ul>
 *   <li>anchors and aliases ({@code &name}, {@code *name}): no claim file needs them, and refusing
 *       them at the first anchor makes an alias bomb ("billion laughs") cost nothing. (Jackson's
 *       streaming parser does not expand aliases at all: without this check an alias would silently
 *       read as the text of its name);</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels (a claim file needs 4);</li>
 *   <li>a single value or key longer than {@value #MAX_TEXT_CHARS} characters;</li>
 *   <li>more than {@value #MAX_NODES} values in one file.</li>
 * </ul>
 * The parser's own nesting limit is set just above ours as a second fence; the length of a value is
 * bounded by the 1 MB limit on the file, which {@code LibraryLoader} checks before reading.
 */
final class YamlTreeReader {

    static final int MAX_DEPTH = 20;
    static final int MAX_TEXT_CHARS = 20_000;
    static final int MAX_NODES = 100_000;

    static final YAMLFactory YAML = StreamingYaml.factory(MAX_DEPTH);

    /**
     * How many values this read has met so far, and the text read (to see how a value is written);
     * one per read, so that the reader stays thread-safe.
     */
    private static final class Count {
        final String text;
        /** Where each line starts in {@link #text}: index 0 for line 1. */
        final int[] lineStarts;

        int nodes;

        Count(String text) {
            this.text = text;
            this.lineStarts = java.util.stream.IntStream.concat(
                            java.util.stream.IntStream.of(0),
                            java.util.stream.IntStream.range(0, text.length())
                                    .filter(i -> text.charAt(i) == '\n')
                                    .map(i -> i + 1))
                    .toArray();
        }
    }

    /** The tree, or empty when the text is not YAML (the syntax error is then among the diagnostics). */
    Optional<YamlNode> read(String file, String text, List<Diagnostic> problems) {
        Optional<SourcePosition> unpaired = unpairedSurrogate(file, text);
        if (unpaired.isPresent()) {
            problems.add(Diagnostic.error(unpaired.get(), Message.of("diagnostic.lone-surrogate")));
            return Optional.empty();
        }
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(), new java.io.StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = readValue(file, parser, problems, 1, new Count(text));
            return Optional.of(root);
        } catch (LimitExceeded e) {
            problems.add(Diagnostic.error(e.at(), e.text()));
            return Optional.empty();
        } catch (JacksonException e) {
            StreamingYaml.SyntaxError error = StreamingYaml.describe(e, 1, text);
            problems.add(Diagnostic.error(
                    new SourcePosition(file, error.line(), error.column()),
                    Message.of("diagnostic.yaml-syntax", error.text())));
            return Optional.empty();
        }
    }

    private YamlNode readValue(String file, JsonParser parser, List<Diagnostic> problems, int depth, Count count) {
        SourcePosition at = position(file, parser);
        checkLimits(parser, at, depth, count);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<YamlNode.Key, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode.Key> seen = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    YamlNode.Key key = new YamlNode.Key(parser.currentName(), position(file, parser));
                    checkText(key.name(), key.at());
                    parser.nextToken();
                    YamlNode value = readValue(file, parser, problems, depth + 1, count);
                    YamlNode.Key earlier = seen.putIfAbsent(key.name(), key);
                    if (earlier != null) {
                        problems.add(Diagnostic.error(
                                key.at(),
                                Message.of(
                                        "diagnostic.duplicate-key",
                                        key.name(),
                                        earlier.at().line())));
                    } else {
                        entries.put(key, value);
                    }
                }
                return new YamlNode.Mapping(at, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems, depth + 1, count));
                }
                return new YamlNode.Sequence(at, items);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, null, false);
            }
            default -> {
                String text = parser.getString();
                checkText(text, at);
                return new YamlNode.Scalar(at, text, quotedAt(count, at));
            }
        }
    }

    private static void checkLimits(JsonParser parser, SourcePosition at, int depth, Count count) {
        if (StreamingYaml.isAnchorOrAlias(parser)) {
            throw new LimitExceeded(at, Message.of("diagnostic.yaml-anchor"));
        }
        if (depth > MAX_DEPTH) {
            throw new LimitExceeded(at, Message.of("diagnostic.yaml-too-deep", MAX_DEPTH));
        }
        if (++count.nodes > MAX_NODES) {
            throw new LimitExceeded(at, Message.of("diagnostic.yaml-too-many-values", MAX_NODES));
        }
    }

    private static void checkText(String text, SourcePosition at) {
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw new LimitExceeded(at, Message.of("diagnostic.yaml-value-too-long", text.length(), MAX_TEXT_CHARS));
        }
    }

    /** Where the first half of a surrogate pair stands alone, if anywhere: never so in a decoded UTF-8 file. */
    private static Optional<SourcePosition> unpairedSurrogate(String file, String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new SourcePosition(file, line, i - lineStart + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the value at {@code at} is written in quotes: the parser places a quoted value at its
     * opening quote, so a column inside the value is one further right than inside the text.
     */
    private static boolean quotedAt(Count count, SourcePosition at) {
        if (at.line() > count.lineStarts.length) {
            return false;
        }
        int index = count.lineStarts[at.line() - 1] + at.column() - 1;
        return index < count.text.length() && (count.text.charAt(index) == '"' || count.text.charAt(index) == '\'');
    }

    private static SourcePosition position(String file, JsonParser parser) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
