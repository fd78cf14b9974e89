package org.evidencereader.claim;

import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML through Jackson 3's streaming YAML parser into {@link YamlNode}s with positions.
 * Duplicate keys, which YAML parsers usually accept silently (the last one wins), are reported.
 */
final class YamlTreeReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** The tree, or empty when the text is not YAML (the syntax error is then among the diagnostics). */
    Optional<YamlNode> read(String file, String text, List<Diagnostic> problems) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            YamlNode root = readValue(file, parser, problems);
            return Optional.of(root);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            int column = location == null ? 1 : Math.max(1, location.getColumnNr());
            problems.add(Diagnostic.error(new SourcePosition(file, line, column),
                    "not valid YAML: " + summarise(e.getOriginalMessage())
                            + " (check the indentation and the ':' after each key; quote text that starts with a special character)"));
            return Optional.empty();
        }
    }

    private YamlNode readValue(String file, JsonParser parser, List<Diagnostic> problems) {
        SourcePosition at = position(file, parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<YamlNode.Key, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode.Key> seen = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    YamlNode.Key key = new YamlNode.Key(parser.currentName(), position(file, parser));
                    parser.nextToken();
                    YamlNode value = readValue(file, parser, problems);
                    YamlNode.Key earlier = seen.putIfAbsent(key.name(), key);
                    if (earlier != null) {
                        problems.add(Diagnostic.error(key.at(), "duplicate key '" + key.name()
                                + "' (first written at line " + earlier.at().line() + "): remove one of them or rename it"));
                    } else {
                        entries.put(key, value);
                    }
                }
                return new YamlNode.Mapping(at, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser, problems));
                }
                return new YamlNode.Sequence(at, items);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, null, false);
            }
            default -> {
                return new YamlNode.Scalar(at, parser.getString(), false);
            }
        }
    }

    private static SourcePosition position(String file, JsonParser parser) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String summarise(String message) {
        String line = message == null ? "syntax error" : message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }
}
