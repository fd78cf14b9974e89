package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencereader.derivation.Reference;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * Reads one claim file (YAML) into a {@link ClaimFile}, checking keys and types as it goes. Every
 * problem becomes a {@link Diagnostic} at the key or value at fault; a figure with an error is left
 * out rather than guessed at, and the rest of the file is still read.
 */
public final class ClaimFileReader {

    /** The grammar of figure and source ids (the claim schema states the same); checked with {@link Reference#isId}. */
    public static final Pattern ID = Reference.ID;

    static final Set<String> TOP_KEYS = Set.of("sources", "figures", "not-claims", "statements");
    static final Set<String> SOURCE_KEYS =
            Set.of("title", "publisher", "url", "published", "accessed", "type", "says", "author", "archived");
    static final Set<String> FIGURE_KEYS = Set.of(
            "label", "quote", "stated", "prefix", "suffix", "value", "derive", "unit", "when", "source", "sources",
            "verdict", "note");
    static final Set<String> NOT_CLAIM_KEYS = Set.of("quote", "stated", "prefix", "suffix", "reason");
    /** The most entries one section of one file may have: beyond it the section is refused whole. */
    public static final int MAX_ENTRIES_PER_SECTION = 500;

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final FigureEntryReader figureReader = new FigureEntryReader();

    /** The outcome of reading one file: what it defines (possibly partial) and every problem found. */
    public record Result(ClaimFile claims, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result read(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        List<SourceDef> sources = new ArrayList<>();
        List<FigureDef> figures = new ArrayList<>();
        List<LeftOut> rejected = new ArrayList<>();
        List<LeftOut> rejectedSources = new ArrayList<>();
        List<NotClaim> notClaims = new ArrayList<>();
        List<StatementDef> statements = new ArrayList<>();
        boolean readable = false;
        Optional<YamlNode> root = yaml.read(file, text, problems);
        if (root.isEmpty() && problems.isEmpty()) {
            // Read as "no figures", an emptied file would take its figures off the page without a word,
            // and replace the last good version: an editor that truncates a file and never writes it back.
            problems.add(Diagnostic.error(new SourcePosition(file, 1, 1), Message.of("diagnostic.file-empty")));
        }
        if (root.isPresent()) {
            if (root.get() instanceof YamlNode.Mapping top) {
                readable = true;
                for (Map.Entry<YamlNode.Key, YamlNode> entry : top.entries().entrySet()) {
                    YamlNode.Key key = entry.getKey();
                    switch (key.name()) {
                        case "sources" ->
                            eachEntry(entry.getValue(), "sources", problems, (id, node) -> {
                                int before = problems.size();
                                readSource(id, node, problems)
                                        .ifPresentOrElse(
                                                sources::add,
                                                () -> rejectedSources.add(new LeftOut(
                                                        id.name(),
                                                        Optional.empty(),
                                                        LeftOut.firstError(problems, before, id.at()))));
                            });
                        case "figures" ->
                            eachEntry(entry.getValue(), "figures", problems, (id, node) -> {
                                int before = problems.size();
                                figureReader
                                        .read(id, node, problems)
                                        .ifPresentOrElse(
                                                figures::add,
                                                () -> rejected.add(new LeftOut(
                                                        id.name(),
                                                        quoteOf(node),
                                                        LeftOut.firstError(problems, before, id.at()))));
                            });
                        case "not-claims" ->
                            eachItem(
                                    entry.getValue(),
                                    problems,
                                    node -> readNotClaim(node, problems).ifPresent(notClaims::add));
                        case "statements" -> StatementReader.read(entry.getValue(), problems, statements);
                        default ->
                            problems.add(ClaimValues.unknownKey(key, TOP_KEYS, Message.of("diagnostic.where.top")));
                    }
                }
            } else {
                problems.add(Diagnostic.error(
                        root.get().at(),
                        Message.of("diagnostic.file-not-mapping", root.get().describe())));
            }
        }
        return new Result(
                new ClaimFile(file, sources, figures, rejected, notClaims, rejectedSources, readable, statements),
                problems);
    }

    /** The quote of an entry, if it has one as text. */
    private static Optional<String> quoteOf(YamlNode entry) {
        return entry instanceof YamlNode.Mapping mapping
                ? mapping.entries().entrySet().stream()
                        .filter(e -> e.getKey().name().equals("quote"))
                        .map(Map.Entry::getValue)
                        .filter(v -> v instanceof YamlNode.Scalar s
                                && s.text() != null
                                && !s.text().isBlank())
                        .map(v -> ((YamlNode.Scalar) v).text())
                        .findFirst()
                : Optional.empty();
    }

    private interface EntryReader {
        void read(YamlNode.Key id, YamlNode value);
    }

    private static void eachEntry(YamlNode node, String section, List<Diagnostic> problems, EntryReader reader) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            return; // an empty section
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(
                    node.at(), Message.of("diagnostic.section-not-mapping", section, node.describe())));
            return;
        }
        if (tooMany(node, section, mapping.entries().size(), problems)) {
            return;
        }
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            YamlNode.Key id = entry.getKey();
            if (!Reference.isId(id.name())) {
                problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.bad-id", id.name())));
                continue;
            }
            reader.read(id, entry.getValue());
        }
    }

    private static void eachItem(
            YamlNode node, List<Diagnostic> problems, java.util.function.Consumer<YamlNode> reader) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
            return; // an empty section
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.not-claims-not-list", node.describe())));
            return;
        }
        if (tooMany(node, "not-claims", sequence.items().size(), problems)) {
            return;
        }
        sequence.items().forEach(reader);
    }

    private static boolean tooMany(YamlNode node, String section, int size, List<Diagnostic> problems) {
        if (size <= MAX_ENTRIES_PER_SECTION) {
            return false;
        }
        problems.add(Diagnostic.error(
                node.at(), Message.of("diagnostic.too-many-entries", section, size, MAX_ENTRIES_PER_SECTION)));
        return true;
    }

    private Optional<NotClaim> readNotClaim(YamlNode node, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.not-claim-not-mapping", node.describe())));
            return Optional.empty();
        }
        Map<String, YamlNode> f = new java.util.LinkedHashMap<>();
        int before = problems.size();
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (NOT_CLAIM_KEYS.contains(entry.getKey().name())) {
                f.put(entry.getKey().name(), entry.getValue());
            } else {
                problems.add(ClaimValues.unknownKey(
                        entry.getKey(), NOT_CLAIM_KEYS, ClaimValues.in("diagnostic.kind.not-claim")));
            }
        }
        String quote = ClaimValues.optionalText(f, "quote", problems);
        String stated = ClaimValues.optionalText(f, "stated", problems);
        String prefix = ClaimValues.optionalText(f, "prefix", problems);
        String suffix = ClaimValues.optionalText(f, "suffix", problems);
        if (!f.containsKey("quote")) {
            problems.add(Diagnostic.error(node.at(), Message.of("diagnostic.not-claim-without-quote")));
        }
        Label reason = ClaimValues.optionalTexts(f, "reason", quote == null ? "a not-claim" : quote, problems);
        if (!f.containsKey("reason")) {
            problems.add(Diagnostic.error(
                    node.at(),
                    quote == null
                            ? Message.of("diagnostic.not-claim-without-reason")
                            : Message.of("diagnostic.not-claim-without-reason.quoted", quote)));
        }
        if (stated != null && quote != null && !quote.contains(stated)) {
            problems.add(Diagnostic.error(
                    f.get("stated").at(), Message.of("diagnostic.stated-not-in-quote", stated, quote)));
        }
        if (hasNewErrors(problems, before) || quote == null || reason == null) {
            return Optional.empty();
        }
        return Optional.of(new NotClaim(
                quote, stated, prefix, suffix, reason, f.get("quote").at()));
    }

    private Optional<SourceDef> readSource(YamlNode.Key id, YamlNode node, List<Diagnostic> problems) {
        Optional<Map<String, YamlNode>> fields =
                ClaimValues.fields(id, node, SOURCE_KEYS, Message.of("diagnostic.kind.source"), problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> f = fields.get();
        int before = problems.size();
        Label title = ClaimValues.optionalTexts(f, "title", id.name(), problems);
        if (!f.containsKey("title")) {
            problems.add(Diagnostic.error(id.at(), Message.of("diagnostic.source-without-title", id.name())));
        }
        String url = ClaimValues.webAddress(f, "url", problems);
        String archived = ClaimValues.webAddress(f, "archived", problems);
        String published = ClaimValues.date(f, "published", problems);
        String accessed = ClaimValues.date(f, "accessed", problems);
        SourceDef source = new SourceDef(
                id.name(),
                title == null ? Label.of("?") : title,
                ClaimValues.optionalText(f, "publisher", problems),
                url,
                published,
                accessed,
                ClaimValues.optionalText(f, "type", problems),
                ClaimValues.optionalText(f, "says", problems),
                archived,
                id.at());
        return hasNewErrors(problems, before) ? Optional.empty() : Optional.of(source);
    }

    static boolean hasNewErrors(List<Diagnostic> problems, int before) {
        return problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError);
    }
}
