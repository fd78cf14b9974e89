package org.evidencereader.article;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencereader.claim.Suggestions;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.yaml.StreamingYaml;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** The front matter of an article: the {@code key: value} lines between its two {@code ---} lines. */
final class FrontMatterReader {

    /** Front matter is a few 'key: value' lines; anything deeper, longer or aliased is refused. */
    static final int MAX_FRONT_MATTER_DEPTH = 20;

    static final int MAX_FRONT_MATTER_TEXT = 20_000;
    /** Front matter is a few {@code key: value} lines, read in one pass that keeps each value as written. */
    private static final YAMLFactory YAML = StreamingYaml.factory(MAX_FRONT_MATTER_DEPTH);
    /** Writes a nested front matter value back as compact JSON text. */
    private static final JsonFactory JSON = new JsonFactory();

    private FrontMatterReader() {}

    /** A limit crossed or a construct refused: reading stops, and this is the error at that place. */
    private static final class Refused extends RuntimeException {
        private final transient SourcePosition at;
        private final transient Message text;

        Refused(SourcePosition at, Message text) {
            super(null, null, false, false);
            this.at = at;
            this.text = text;
        }
    }

    /**
     * Reads the front matter in one pass of the streaming parser. Anchors and aliases (an alias bomb
     * costs nothing this way), nesting deeper than {@value #MAX_FRONT_MATTER_DEPTH} and values longer
     * than {@value #MAX_FRONT_MATTER_TEXT} characters are refused at the line where they appear. A
     * value is kept as written ({@code written: 2024.10} stays {@code 2024.10}); an empty one reads as
     * empty text, a nested one as compact JSON of its values as written. A key written twice is
     * warned about (the later value is used); anything after the mapping is an error.
     */
    static FrontMatter read(String file, String yaml, List<Diagnostic> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(), new StringReader(yaml))) {
            if (next(file, parser) != JsonToken.START_OBJECT) {
                problems.add(Diagnostic.error(
                        new SourcePosition(file, 2, 1), Message.of("diagnostic.front-matter.not-mapping")));
                return null;
            }
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (next(file, parser) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr() + 1;
                Integer first = lines.putIfAbsent(key, line);
                if (first != null) {
                    problems.add(Diagnostic.warning(
                            new SourcePosition(
                                    file,
                                    line,
                                    Math.max(1, parser.currentTokenLocation().getColumnNr())),
                            Message.of("diagnostic.front-matter.duplicate-key", key, first)));
                }
                JsonToken value = next(file, parser);
                values.put(
                        key,
                        value == JsonToken.VALUE_NULL
                                ? ""
                                : value.isScalarValue() ? parser.getString() : nested(file, parser));
            }
            if (next(file, parser) != null) {
                // a second document after '...', say: YAML allows it, front matter has one
                problems.add(Diagnostic.error(
                        new SourcePosition(
                                file,
                                parser.currentTokenLocation().getLineNr() + 1,
                                Math.max(1, parser.currentTokenLocation().getColumnNr())),
                        Message.of("diagnostic.front-matter.second-document")));
                return null;
            }
        } catch (Refused e) {
            problems.add(Diagnostic.error(e.at, e.text));
            return null;
        } catch (JacksonException e) {
            // the front matter starts on the file's second line, after '---'
            StreamingYaml.SyntaxError error = StreamingYaml.describe(e, 2, yaml);
            problems.add(Diagnostic.error(
                    new SourcePosition(file, error.line(), error.column()),
                    Message.of("diagnostic.front-matter.not-yaml", error.message())));
            return null;
        }
        String title = values.remove("title");
        if (title == null || title.isBlank()) {
            Message misspelt = Suggestions.closest("title", values.keySet())
                    .filter(key -> !key.equals("title"))
                    .map(key -> Message.of("diagnostic.front-matter.title-misspelt", key))
                    .orElseGet(Message::empty);
            problems.add(Diagnostic.error(
                    new SourcePosition(file, 2, 1), Message.of("diagnostic.front-matter.no-title", misspelt)));
            return null;
        }
        return new FrontMatter(
                title,
                values.remove("title-en"),
                values.remove("lang"),
                values.remove("provenance"),
                values.remove("written"),
                values.remove("added"),
                values.remove("disclaimer"),
                values);
    }

    /** The next token, refused if it crosses a limit. */
    private static JsonToken next(String file, JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return null;
        }
        // the front matter starts on the file's second line
        SourcePosition at = new SourcePosition(
                file,
                parser.currentTokenLocation().getLineNr() + 1,
                Math.max(1, parser.currentTokenLocation().getColumnNr()));
        if (StreamingYaml.isAnchorOrAlias(parser)) {
            throw new Refused(at, Message.of("diagnostic.front-matter.alias"));
        }
        if (parser.streamReadContext().getNestingDepth() > MAX_FRONT_MATTER_DEPTH) {
            throw new Refused(at, Message.of("diagnostic.front-matter.too-deep", MAX_FRONT_MATTER_DEPTH));
        }
        if ((token.isScalarValue() || token == JsonToken.PROPERTY_NAME)
                && token != JsonToken.VALUE_NULL
                && parser.getString().length() > MAX_FRONT_MATTER_TEXT) {
            throw new Refused(
                    at,
                    Message.of(
                            "diagnostic.front-matter.value-too-long",
                            parser.getString().length(),
                            MAX_FRONT_MATTER_TEXT));
        }
        return token;
    }

    /** The mapping or sequence starting at the current token, as compact JSON text. */
    private static String nested(String file, JsonParser parser) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            int depth = 0;
            JsonToken token = parser.currentToken();
            while (true) {
                if (token == JsonToken.VALUE_NULL || !token.isScalarValue()) {
                    json.copyCurrentEvent(parser);
                } else {
                    json.writeString(parser.getString()); // as written, like a top-level value
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    break;
                }
                token = next(file, parser);
            }
        }
        return text.toString();
    }
}
