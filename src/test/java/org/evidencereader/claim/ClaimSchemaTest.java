package org.evidencereader.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps {@code claims/schema/claims.schema.json}, which editors use to complete and check claim
 * files as they type, in step with {@link ClaimFileReader}, which decides what a claim file means.
 */
class ClaimSchemaTest {

    private static final Path CLAIMS = Path.of("claims");
    private static final Path SCHEMA_FILE = CLAIMS.resolve("schema/claims.schema.json");
    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=../schema/claims.schema.json";
    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(SCHEMA_FILE);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static JsonNode definition(String name) {
        return SCHEMA.get("definitions").get(name);
    }

    private static Set<String> propertyNames(JsonNode objectSchema) {
        return new TreeSet<>(objectSchema.get("properties").propertyNames());
    }

    @Test
    void topLevelKeysAreTheReaders() {
        assertThat(propertyNames(SCHEMA)).isEqualTo(new TreeSet<>(ClaimFileReader.TOP_KEYS));
    }

    @Test
    void notClaimKeysAreTheReaders() {
        assertThat(propertyNames(definition("not-claim"))).isEqualTo(new TreeSet<>(ClaimFileReader.NOT_CLAIM_KEYS));
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
    void statementKeysAreTheReaders() {
        assertThat(propertyNames(definition("statement"))).isEqualTo(new TreeSet<>(StatementReader.KEYS));
        assertThat(definition("statement").get("properties").get("verdict").get("enum"))
                .isEqualTo(definition("figure").get("properties").get("verdict").get("enum"));
    }

    @Test
    void verdictsAreTheReaders() {
        List<String> codes = Arrays.stream(Verdict.values()).map(Verdict::code).toList();
        assertThat(definition("figure")
                        .get("properties")
                        .get("verdict")
                        .get("enum")
                        .values())
                .extracting(JsonNode::stringValue)
                .containsExactlyElementsOf(codes);
    }

    @Test
    void idPatternIsTheReaders() {
        assertThat(definition("id").get("pattern").stringValue()).isEqualTo("^" + ClaimFileReader.ID.pattern() + "$");
        for (String section : List.of("sources", "figures", "statements")) {
            assertThat(SCHEMA.get("properties")
                            .get(section)
                            .get("propertyNames")
                            .get("$ref")
                            .stringValue())
                    .as("ids under '%s'", section)
                    .isEqualTo("#/definitions/id");
        }
    }

    @Test
    void everyObjectWithKeysRefusesOthers() {
        List<String> open = new ArrayList<>();
        walk(SCHEMA, "#", (node, path) -> {
            if (node.has("properties")
                    && !(node.has("additionalProperties")
                            && node.get("additionalProperties").isBoolean()
                            && !node.get("additionalProperties").booleanValue())) {
                open.add(path);
            }
        });
        assertThat(open)
                .as("schemas with 'properties' but without 'additionalProperties: false'")
                .isEmpty();
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
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
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
        assertThat(file.getParent().resolve("../schema/claims.schema.json").normalize())
                .isEqualTo(SCHEMA_FILE.normalize());
    }

    @ParameterizedTest
    @MethodSource("shippedClaimFiles")
    void shippedFileIsValidAgainstTheSchema(Path file) throws IOException {
        JsonNode document = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(schemaErrors(document)).isEmpty();
    }

    /** What `draft` writes is a claim file an editor's tools accept as it stands, schema line included. */
    @Test
    void whatDraftWritesIsValidAgainstTheSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("src/test/resources/draft/articles/video-app.md"), dir.resolve("articles/video-app.md"));
        int status = new org.evidencereader.cli.DraftCommand(
                        new java.io.PrintStream(java.io.PrintStream.nullOutputStream()), System.err)
                .run(List.of(
                        "video-app",
                        "--reader.articles-dir=" + dir.resolve("articles"),
                        "--reader.claims-dir=" + dir.resolve("claims")));
        assertThat(status).isZero();
        String yaml = Files.readString(dir.resolve("claims/video-app/draft.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml.lines().findFirst()).hasValue(SCHEMA_LINE);
        assertThat(schemaErrors(YAML.readTree(yaml))).isEmpty();
        assertThat(new ClaimFileReader()
                        .read("claims/video-app/draft.yaml", yaml)
                        .hasErrors())
                .isFalse();
    }

    /** Mistakes that the reader reports as errors must also be refused by the schema. */
    @ParameterizedTest
    @MethodSource("mistakes")
    void schemaRefusesWhatTheReaderRefuses(String yaml) {
        assertThat(new ClaimFileReader().read("claims/demo/x.yaml", yaml).hasErrors())
                .as("the reader refuses it")
                .isTrue();
        assertThat(schemaErrors(YAML.readTree(yaml)))
                .as("the schema refuses it")
                .isNotEmpty();
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
                "statements:\n  s:\n    quote: q\n    claim: c\n    verdict: unverifiable\n    note: n\n    sorces: [a]\n",
                "statements:\n  s:\n    claim: c\n    verdict: unverifiable\n    note: n\n",
                "statements:\n  s:\n    quote: q\n    verdict: unverifiable\n    note: n\n",
                "statements:\n  s:\n    quote: q\n    claim: c\n    note: n\n",
                "statements:\n  s:\n    quote: q\n    claim: c\n    verdict: right\n    note: n\n",
                "statements:\n  S_1:\n    quote: q\n    claim: c\n    verdict: unverifiable\n    note: n\n",
                "statements:\n  s:\n    quote: q\n    claim: {en: c}\n    verdict: unverifiable\n    note: n\n",
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
                "figures:\n  p:\n" + label + "    value: 700 W\n    prefix: 以\n",
                "figures:\n  p:\n" + label + "    value: 700 W\n    suffix: 计算\n",
                "not-claims:\n  - quote: 两大最成熟的产品\n",
                "not-claims:\n  - reason: a count\n",
                "not-claims:\n  - {quote: q, reason: r, why: w}\n",
                "not-claims:\n  - {quote: q, reason: ''}\n",
                "not-claims:\n  - 两大\n",
                "not-claims:\n  quote: 两大\n",
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
                    prefix: 以
                    suffix: 计算
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
        assertThat(new ClaimFileReader().read("claims/demo/x.yaml", yaml).diagnostics())
                .isEmpty();
        assertThat(schemaErrors(YAML.readTree(yaml))).isEmpty();
    }

    @Test
    void schemaAcceptsNotClaims() {
        JsonNode document = YAML.readTree("""
                not-claims:
                  - quote: 两大最成熟的产品
                    stated: 两大
                    reason: a count of products named in the text
                """);
        assertThat(schemaErrors(document)).isEmpty();
        assertThat(schemaErrors(YAML.readTree("not-claims:\n  - quote: 两大最成熟的产品\n")))
                .isNotEmpty();
        assertThat(schemaErrors(YAML.readTree("not-claims:\n  - {quote: q, reason: r, why: w}\n")))
                .isNotEmpty();
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

    /** The schema as editors' tools see it, checked by a maintained JSON Schema validator. */
    private static final Schema VALIDATOR =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(SCHEMA);

    private static List<String> schemaErrors(JsonNode document) {
        return VALIDATOR.validate(document).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }
}
