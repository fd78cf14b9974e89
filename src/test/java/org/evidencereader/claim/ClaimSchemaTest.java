package org.evidencereader.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code claims/schema/claims.schema.json}, which editors use to complete and check claim
 * files as they type, in step with {@link ClaimFileReader}, which decides what a claim file means.
 */
class ClaimSchemaTest {

    private static final Path CLAIMS = Path.of("claims");
    private static final Path SCHEMA_FILE = CLAIMS.resolve("schema/claims.schema.json");
    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=../schema/claims.schema.json";
    /** Another engineer is adding this key to the reader; the schema offers it already. */
    private static final String NOT_CLAIMS = "not-claims";

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(SCHEMA_FILE);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static JsonNode definition(String name) {
        return SCHEMA.get("definitions").get(name);
    }

    private static Set<String> propertyNames(JsonNode objectSchema) {
        return new TreeSet<>(objectSchema.get("properties").propertyNames());
    }

    private static Set<String> union(Set<String> a, String b) {
        return Stream.concat(a.stream(), Stream.of(b)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void topLevelKeysAreTheReadersPlusNotClaims() {
        // A union, so that the test stays right once "not-claims" joins TOP_KEYS.
        assertThat(propertyNames(SCHEMA)).isEqualTo(union(ClaimFileReader.TOP_KEYS, NOT_CLAIMS));
    }

    @Test
    void sourceKeysAreTheReaders() {
        assertThat(propertyNames(definition("source"))).isEqualTo(new TreeSet<>(ClaimFileReader.SOURCE_KEYS));
    }

    @Test
    void figureKeysAreTheReaders() {
        assertThat(propertyNames(definition("figure"))).isEqualTo(new TreeSet<>(ClaimFileReader.FIGURE_KEYS));
    }

    @Test
    void verdictsAreTheReaders() {
        List<String> codes = Arrays.stream(Verdict.values()).map(Verdict::code).toList();
        assertThat(definition("figure").get("properties").get("verdict").get("enum").values())
                .extracting(JsonNode::stringValue).containsExactlyElementsOf(codes);
    }

    @Test
    void idPatternIsTheReaders() {
        assertThat(definition("id").get("pattern").stringValue()).isEqualTo("^" + ClaimFileReader.ID.pattern() + "$");
        for (String section : List.of("sources", "figures")) {
            assertThat(SCHEMA.get("properties").get(section).get("propertyNames").get("$ref").stringValue())
                    .as("ids under '%s'", section).isEqualTo("#/definitions/id");
        }
    }

    @Test
    void everyObjectWithKeysRefusesOthers() {
        List<String> open = new ArrayList<>();
        walk(SCHEMA, "#", (node, path) -> {
            if (node.has("properties") && !(node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
                    && !node.get("additionalProperties").booleanValue())) {
                open.add(path);
            }
        });
        assertThat(open).as("schemas with 'properties' but without 'additionalProperties: false'").isEmpty();
    }

    @Test
    void everyKeyHasADescriptionAndExamples() {
        List<String> bare = new ArrayList<>();
        walk(SCHEMA, "#", (node, path) -> {
            if (node.has("properties")) {
                for (Map.Entry<String, JsonNode> key : node.get("properties").properties()) {
                    if (!key.getValue().has("description") || !key.getValue().has("examples")) {
                        bare.add(path + "/properties/" + key.getKey());
                    }
                }
            }
        });
        assertThat(bare).isEmpty();
    }

    static List<Path> shippedClaimFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLAIMS, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    @Test
    void thereAreShippedClaimFiles() throws IOException {
        assertThat(shippedClaimFiles()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("shippedClaimFiles")
    void shippedFileNamesTheSchemaOnItsFirstLine(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertThat(first).isEqualTo(SCHEMA_LINE);
        assertThat(file.getParent().resolve("../schema/claims.schema.json").normalize()).isEqualTo(SCHEMA_FILE.normalize());
    }

    @ParameterizedTest
    @MethodSource("shippedClaimFiles")
    void shippedFileIsValidAgainstTheSchema(Path file) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(MiniValidator.errors(SCHEMA, document)).isEmpty();
    }

    /** Mistakes that the reader reports as errors must also be refused by the schema. */
    @ParameterizedTest
    @MethodSource("mistakes")
    void schemaRefusesWhatTheReaderRefuses(String yaml) {
        assertThat(new ClaimFileReader().read("claims/demo/x.yaml", yaml).hasErrors()).as("the reader refuses it").isTrue();
        assertThat(MiniValidator.errors(SCHEMA, YAML.readTree(yaml))).as("the schema refuses it").isNotEmpty();
    }

    static List<String> mistakes() {
        String label = "    label: {zh: 功耗}\n";
        return List.of(
                "figure: {}\n",
                "figures:\n  H100-power:\n" + label + "    value: 700 W\n",
                "figures:\n  h100--power:\n" + label + "    value: 700 W\n",
                "figures:\n  p:\n" + label + "    valeu: 700 W\n",
                "figures:\n  p:\n" + label + "    quote: 700W\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    derive: a * b\n    unit: W\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    when: 2024\n",
                "figures:\n  p:\n" + label + "    derive: a * b\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    unit: W\n",
                "figures:\n  p:\n" + label + "    value: about 700 W\n",
                "figures:\n  p:\n" + label + "    when: 2024-13\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    source: s\n    sources: [s]\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    stated: 700W\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    verdict: correct\n    note: n\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    note: ''\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    sources: [[s]]\n",
                "figures:\n  p:\n    value: 700 W\n",
                "figures:\n  p:\n    label: {en: power}\n    value: 700 W\n",
                "figures:\n  p:\n    label: {zh: 功耗, fr: puissance}\n    value: 700 W\n",
                "figures:\n  p: 700 W\n",
                "figures: [p]\n",
                "sources:\n  s:\n    publisher: NVIDIA\n",
                "sources:\n  s:\n    title: T\n    url: www.nvidia.com\n",
                "sources:\n  s:\n    title: T\n    archived: ftp://example.org/x\n",
                "sources:\n  s:\n    title: T\n    published: 24-03\n",
                "sources:\n  s:\n    title: T\n    accessed: 2026/11/24\n",
                "sources:\n  s:\n    title: T\n    titel: T\n",
                "- sources\n");
    }

    @Test
    void schemaAcceptsEveryKindOfFigure() {
        String yaml = """
                sources:
                  sheet:
                    title: Datasheet
                    publisher: NVIDIA
                    author: A. Writer
                    url: https://example.org/h100
                    archived: https://web.archive.org/web/2024/https://example.org/h100
                    published: "2024"
                    accessed: 2026-11-24
                    type: datasheet
                    says: "up to 700 W"
                figures:
                  h100-power:
                    label: {zh: 单片功耗, en: power per GPU}
                    quote: 每片H100的功耗为700W
                    stated: 700W
                    value: 700 W
                    source: sheet
                    verdict: approximate
                    note: maximum TDP
                  total:
                    label: {zh: 总功耗}
                    derive: h100-power * 2
                    unit: kW
                  ratio:
                    label: 比例
                    value: 0.5
                    sources: sheet
                  quarter:
                    label: 季度
                    when: 2024-Q3
                  year:
                    label: 年份
                    when: 2024
                """;
        assertThat(new ClaimFileReader().read("claims/demo/x.yaml", yaml).diagnostics()).isEmpty();
        assertThat(MiniValidator.errors(SCHEMA, YAML.readTree(yaml))).isEmpty();
    }

    @Test
    void schemaAcceptsNotClaims() {
        JsonNode document = YAML.readTree("""
                not-claims:
                  - quote: 两大最成熟的产品
                    stated: 两大
                    reason: a count of products named in the text
                """);
        assertThat(MiniValidator.errors(SCHEMA, document)).isEmpty();
        assertThat(MiniValidator.errors(SCHEMA, YAML.readTree("not-claims:\n  - quote: 两大最成熟的产品\n"))).isNotEmpty();
        assertThat(MiniValidator.errors(SCHEMA, YAML.readTree("not-claims:\n  - {quote: q, reason: r, why: w}\n"))).isNotEmpty();
    }

    private interface Visitor {
        void visit(JsonNode schema, String path);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(node, path);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!entry.getKey().equals("examples") && !entry.getKey().equals("enum")) {
                    walk(entry.getValue(), path + "/" + entry.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node.values()) {
                walk(item, path + "/" + i++, visitor);
            }
        }
    }

    /**
     * Just enough of JSON Schema draft-07 to check documents against this schema, until a validator
     * library is on the test classpath. It knows only the keywords listed here and fails on any
     * other, so that the schema cannot use a keyword that this test would silently ignore.
     */
    static final class MiniValidator {

        private static final Set<String> ANNOTATIONS = Set.of("$schema", "$comment", "title", "description", "examples",
                "patternErrorMessage");
        private static final Set<String> KEYWORDS = Set.of("$ref", "type", "properties", "additionalProperties", "required",
                "propertyNames", "pattern", "enum", "items", "anyOf", "oneOf", "allOf", "not", "dependencies", "minLength",
                "minimum", "maximum", "definitions");

        private final JsonNode root;
        private final List<String> errors = new ArrayList<>();

        private MiniValidator(JsonNode root) {
            this.root = root;
        }

        static List<String> errors(JsonNode schema, JsonNode document) {
            MiniValidator validator = new MiniValidator(schema);
            validator.check(schema, document, "");
            return validator.errors;
        }

        private boolean valid(JsonNode schema, JsonNode value) {
            MiniValidator inner = new MiniValidator(root);
            inner.check(schema, value, "");
            return inner.errors.isEmpty();
        }

        private void check(JsonNode schema, JsonNode value, String at) {
            for (String keyword : schema.propertyNames()) {
                if (!ANNOTATIONS.contains(keyword) && !KEYWORDS.contains(keyword)) {
                    throw new IllegalStateException("MiniValidator does not know the keyword '" + keyword + "'");
                }
            }
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").stringValue();
                if (!ref.startsWith("#/definitions/")) {
                    throw new IllegalStateException("MiniValidator follows only #/definitions/ references, not " + ref);
                }
                check(root.get("definitions").get(ref.substring("#/definitions/".length())), value, at);
            }
            if (schema.has("type")) {
                JsonNode type = schema.get("type");
                List<String> types = type.isArray() ? type.values().stream().map(JsonNode::stringValue).toList()
                        : List.of(type.stringValue());
                if (types.stream().noneMatch(t -> hasType(value, t))) {
                    errors.add(at + ": expected " + types + ", not " + value.getNodeType());
                    return;
                }
            }
            if (schema.has("enum") && !schema.get("enum").values().contains(value)) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
            if (value.isString()) {
                String text = value.stringValue();
                if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").intValue()) {
                    errors.add(at + ": shorter than " + schema.get("minLength"));
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").stringValue()).matcher(text).find()) {
                    errors.add(at + ": '" + text + "' does not match " + schema.get("pattern"));
                }
            }
            if (value.isNumber()) {
                if (schema.has("minimum") && value.doubleValue() < schema.get("minimum").doubleValue()) {
                    errors.add(at + ": below " + schema.get("minimum"));
                }
                if (schema.has("maximum") && value.doubleValue() > schema.get("maximum").doubleValue()) {
                    errors.add(at + ": above " + schema.get("maximum"));
                }
            }
            if (value.isObject()) {
                checkObject(schema, value, at);
            }
            if (value.isArray() && schema.has("items")) {
                int i = 0;
                for (JsonNode item : value.values()) {
                    check(schema.get("items"), item, at + "/" + i++);
                }
            }
            if (schema.has("allOf")) {
                for (JsonNode part : schema.get("allOf").values()) {
                    check(part, value, at);
                }
            }
            if (schema.has("anyOf") && schema.get("anyOf").values().stream().noneMatch(s -> valid(s, value))) {
                errors.add(at + ": matches none of anyOf");
            }
            if (schema.has("oneOf")) {
                long matching = schema.get("oneOf").values().stream().filter(s -> valid(s, value)).count();
                if (matching != 1) {
                    errors.add(at + ": matches " + matching + " of oneOf, not exactly 1");
                }
            }
            if (schema.has("not") && valid(schema.get("not"), value)) {
                errors.add(at + ": matches 'not' " + schema.get("not"));
            }
        }

        private void checkObject(JsonNode schema, JsonNode value, String at) {
            JsonNode properties = schema.has("properties") ? schema.get("properties") : null;
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String key = entry.getKey();
                if (schema.has("propertyNames")) {
                    check(schema.get("propertyNames"), JsonNodeFactory.instance.stringNode(key), at + "/" + key + " (the key)");
                }
                if (properties != null && properties.has(key)) {
                    check(properties.get(key), entry.getValue(), at + "/" + key);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isBoolean()) {
                        if (!additional.booleanValue()) {
                            errors.add(at + ": unknown key '" + key + "'");
                        }
                    } else {
                        check(additional, entry.getValue(), at + "/" + key);
                    }
                }
            }
            if (schema.has("required")) {
                for (JsonNode key : schema.get("required").values()) {
                    if (!value.has(key.stringValue())) {
                        errors.add(at + ": missing '" + key.stringValue() + "'");
                    }
                }
            }
            if (schema.has("dependencies")) {
                for (Map.Entry<String, JsonNode> dependency : schema.get("dependencies").properties()) {
                    if (value.has(dependency.getKey())) {
                        for (JsonNode needed : dependency.getValue().values()) {
                            if (!value.has(needed.stringValue())) {
                                errors.add(at + ": '" + dependency.getKey() + "' needs '" + needed.stringValue() + "'");
                            }
                        }
                    }
                }
            }
        }

        private static boolean hasType(JsonNode value, String type) {
            return switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isString();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> throw new IllegalStateException("unknown type " + type);
            };
        }
    }
}
