package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencereader.derivation.Reference;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;

/**
 * Reads the {@code statements:} section of a claim file: claims that are not numbers. Every
 * problem is a diagnostic from the message bundles at the key or value at fault; a statement with
 * an error is left out, and the others are still read.
 */
public final class StatementReader {

    static final Set<String> KEYS = Set.of("quote", "prefix", "suffix", "claim", "verdict", "sources", "note");
    private static final Set<String> TEXT_KEYS = Set.of("zh", "en");

    private StatementReader() {}

    /** Adds the statements of the section that can be read to {@code into}; the others are reported and left out. */
    static void read(YamlNode node, List<Diagnostic> problems, List<StatementDef> into) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            return; // an empty section
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.section")));
            return;
        }
        if (mapping.entries().size() > ClaimFileReader.MAX_ENTRIES_PER_SECTION) {
            problems.add(Diagnostic.error(
                    node.at(),
                    Message.of(
                            "diagnostic.statement.too-many",
                            mapping.entries().size(),
                            ClaimFileReader.MAX_ENTRIES_PER_SECTION)));
            return;
        }
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            YamlNode.Key id = entry.getKey();
            if (!Reference.isId(id.name())) {
                problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.statement.bad-id", id.name())));
                continue;
            }
            statement(id, entry.getValue(), problems).ifPresent(into::add);
        }
    }

    private static Optional<StatementDef> statement(YamlNode.Key id, YamlNode node, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.not-mapping", id.name())));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, YamlNode> f = new LinkedHashMap<>();
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            String key = entry.getKey().name();
            if (KEYS.contains(key)) {
                f.put(key, entry.getValue());
            } else {
                problems.add(Diagnostic.error(
                        entry.getKey().at(),
                        Message.of(
                                "diagnostic.statement.unknown-key",
                                key,
                                Suggestions.didYouMeanMessage(key, KEYS),
                                KEYS.stream().sorted().collect(Collectors.joining(", ")))));
            }
        }
        String owner = id.name();
        String quote = text(f, "quote", owner, problems);
        String prefix = text(f, "prefix", owner, problems);
        String suffix = text(f, "suffix", owner, problems);
        Label claim = texts(f, "claim", owner, problems);
        Label note = texts(f, "note", owner, problems);
        if (!f.containsKey("quote")) {
            problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.statement.no-quote", owner)));
        }
        if (!f.containsKey("claim")) {
            problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.statement.no-claim", owner)));
        }
        List<FigureDef.Reference> sources = new ArrayList<>();
        YamlNode cited = f.get("sources");
        for (YamlNode item : cited instanceof YamlNode.Sequence list
                ? list.items()
                : cited == null ? List.<YamlNode>of() : List.of(cited)) {
            String source = scalar(item, "sources", owner, problems);
            if (source != null) {
                sources.add(new FigureDef.Reference(source, item.at()));
            }
        }
        Verdict verdict = verdict(id, f, problems);
        if (verdict == Verdict.DRAFT) {
            problems.add(Diagnostic.warning(f.get("verdict").at(), Message.of("diagnostic.statement.draft", owner)));
        } else if (verdict != null && !f.containsKey("note")) {
            problems.add(Diagnostic.error(
                    f.get("verdict").at(), Message.of("diagnostic.verdict-without-note", verdict.code())));
        }
        boolean failed = problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError);
        if (failed || quote == null || claim == null || verdict == null) {
            return Optional.empty();
        }
        return Optional.of(new StatementDef(
                owner,
                quote,
                prefix,
                suffix,
                claim,
                verdict,
                sources,
                note,
                id.at(),
                f.get("quote").at()));
    }

    private static Verdict verdict(YamlNode.Key id, Map<String, YamlNode> f, List<Diagnostic> problems) {
        List<String> codes = Arrays.stream(Verdict.values()).map(Verdict::code).toList();
        if (!f.containsKey("verdict")) {
            problems.add(Diagnostic.error(
                    id.at(), Message.of("diagnostic.statement.no-verdict", id.name(), String.join(", ", codes))));
            return null;
        }
        String text = text(f, "verdict", id.name(), problems);
        if (text == null) {
            return null;
        }
        Optional<Verdict> verdict = Verdict.fromCode(text);
        if (verdict.isEmpty()) {
            problems.add(Diagnostic.error(
                    f.get("verdict").at(),
                    Message.of(
                            "diagnostic.unknown-verdict",
                            text,
                            Suggestions.didYouMeanMessage(text, codes),
                            String.join(", ", codes))));
        }
        return verdict.orElse(null);
    }

    private static String text(Map<String, YamlNode> f, String key, String owner, List<Diagnostic> problems) {
        return f.containsKey(key) ? scalar(f.get(key), key, owner, problems) : null;
    }

    private static String scalar(YamlNode node, String key, String owner, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.not-text", key, owner)));
            return null;
        }
        if (scalar.text() == null || scalar.text().isBlank()) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.empty", key, owner)));
            return null;
        }
        return scalar.text();
    }

    /** A text for readers: one text for both languages, or {@code zh:} and {@code en:} below the key. */
    private static Label texts(Map<String, YamlNode> f, String key, String owner, List<Diagnostic> problems) {
        YamlNode node = f.get(key);
        if (node == null || node instanceof YamlNode.Scalar) {
            String text = node == null ? null : scalar(node, key, owner, problems);
            return text == null ? null : Label.of(text);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.texts-shape", key, owner)));
            return null;
        }
        String zh = null;
        String en = null;
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            String language = entry.getKey().name();
            if (!TEXT_KEYS.contains(language)) {
                problems.add(Diagnostic.error(
                        entry.getKey().at(),
                        Message.of(
                                "diagnostic.statement.texts-unknown-key",
                                language,
                                key,
                                owner,
                                Suggestions.didYouMeanMessage(language, TEXT_KEYS))));
                continue;
            }
            String text = scalar(entry.getValue(), key + "." + language, owner, problems);
            if (language.equals("zh")) {
                zh = text;
            } else {
                en = text;
            }
        }
        if (zh == null) {
            boolean written =
                    mapping.entries().keySet().stream().anyMatch(k -> k.name().equals("zh"));
            if (!written) { // an empty zh: is reported as empty already
                problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.statement.texts-no-zh", key, owner)));
            }
            return null;
        }
        return new Label(zh, en);
    }
}
