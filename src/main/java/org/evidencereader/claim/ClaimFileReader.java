package org.evidencereader.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.evidencereader.derivation.Expression;
import org.evidencereader.derivation.FormulaException;
import org.evidencereader.derivation.Reference;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.Quantity;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.TimePoint;
import org.evidencereader.figure.Unit;
import org.evidencereader.figure.UnitFormatException;

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
        List<String> rejected = new ArrayList<>();
        List<String> rejectedSources = new ArrayList<>();
        List<NotClaim> notClaims = new ArrayList<>();
        List<StatementDef> statements = new ArrayList<>();
        boolean readable = false;
        Optional<YamlNode> root = yaml.read(file, text, problems);
        if (root.isEmpty() && problems.isEmpty()) {
            // Read as "no figures", an emptied file would take its figures off the page without a word,
            // and replace the last good version: an editor that truncates a file and never writes it back.
            problems.add(
                    Diagnostic.error(
                            new SourcePosition(file, 1, 1),
                            "the file is empty (or holds only comments), so"
                                    + " its figures would disappear from the article: write them back, or delete the file to remove them"));
        }
        if (root.isPresent()) {
            if (root.get() instanceof YamlNode.Mapping top) {
                readable = true;
                for (Map.Entry<YamlNode.Key, YamlNode> entry : top.entries().entrySet()) {
                    YamlNode.Key key = entry.getKey();
                    switch (key.name()) {
                        case "sources" ->
                            eachEntry(
                                    entry.getValue(),
                                    "sources",
                                    problems,
                                    (id, node) -> readSource(id, node, problems)
                                            .ifPresentOrElse(sources::add, () -> rejectedSources.add(id.name())));
                        case "figures" ->
                            eachEntry(
                                    entry.getValue(),
                                    "figures",
                                    problems,
                                    (id, node) -> readFigure(id, node, problems)
                                            .ifPresentOrElse(figures::add, () -> rejected.add(id.name())));
                        case "not-claims" ->
                            eachItem(
                                    entry.getValue(),
                                    problems,
                                    node -> readNotClaim(node, problems).ifPresent(notClaims::add));
                        case "statements" -> StatementReader.read(entry.getValue(), problems, statements);
                        default -> problems.add(ClaimValues.unknownKey(key, TOP_KEYS, "at the top of a claim file"));
                    }
                }
            } else {
                problems.add(Diagnostic.error(
                        root.get().at(),
                        "a claim file is a mapping with the keys 'sources', 'figures' and 'not-claims', not "
                                + root.get().describe()));
            }
        }
        return new Result(
                new ClaimFile(file, sources, figures, rejected, notClaims, rejectedSources, readable, statements),
                problems);
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
                    node.at(),
                    "'" + section + "' must map ids to entries ("
                            + "'some-id:' on its own line, then indented keys), not " + node.describe()));
            return;
        }
        if (tooMany(node, section, mapping.entries().size(), problems)) {
            return;
        }
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            YamlNode.Key id = entry.getKey();
            if (!Reference.isId(id.name())) {
                problems.add(
                        Diagnostic.error(
                                id.at(),
                                "'" + id.name() + "' is not a valid id: use lower-case letters, "
                                        + "digits and single '-' between them, starting with a letter (for example 'h100-power')"));
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
            problems.add(Diagnostic.error(
                    node.at(),
                    "'not-claims' must be a list: start each item with '- quote: …' "
                            + "and put 'reason: …' on the next line, indented, not " + node.describe()));
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
                node.at(),
                "'" + section + "' has " + size + " entries; the limit is " + MAX_ENTRIES_PER_SECTION
                        + " in one file: split them into several files"));
        return true;
    }

    private Optional<NotClaim> readNotClaim(YamlNode node, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(
                    node.at(),
                    "a not-claim must have the keys 'quote' and 'reason' "
                            + "('- quote: …', then 'reason: …' indented below it), not " + node.describe()));
            return Optional.empty();
        }
        Map<String, YamlNode> f = new java.util.LinkedHashMap<>();
        int before = problems.size();
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (NOT_CLAIM_KEYS.contains(entry.getKey().name())) {
                f.put(entry.getKey().name(), entry.getValue());
            } else {
                problems.add(ClaimValues.unknownKey(entry.getKey(), NOT_CLAIM_KEYS, "in a not-claim"));
            }
        }
        String quote = ClaimValues.optionalText(f, "quote", problems);
        String stated = ClaimValues.optionalText(f, "stated", problems);
        String prefix = ClaimValues.optionalText(f, "prefix", problems);
        String suffix = ClaimValues.optionalText(f, "suffix", problems);
        String what = quote == null ? "a not-claim" : "not-claim '" + quote + "'";
        if (!f.containsKey("quote")) {
            problems.add(Diagnostic.error(
                    node.at(),
                    "a not-claim has no 'quote': add the article's words around the number, " + "copied exactly"));
        }
        Label reason = ClaimValues.optionalTexts(f, "reason", quote == null ? "a not-claim" : quote, problems);
        if (!f.containsKey("reason")) {
            problems.add(Diagnostic.error(
                    node.at(),
                    what + " has no 'reason': say in a few words why the number is not " + "a figure to check"));
        }
        if (stated != null && quote != null && !quote.contains(stated)) {
            problems.add(Diagnostic.error(
                    f.get("stated").at(),
                    "stated '" + stated + "' does not occur in the quote '" + quote
                            + "': copy the number exactly as the quote writes it"));
        }
        if (hasNewErrors(problems, before) || quote == null || reason == null) {
            return Optional.empty();
        }
        return Optional.of(new NotClaim(
                quote, stated, prefix, suffix, reason, f.get("quote").at()));
    }

    private Optional<SourceDef> readSource(YamlNode.Key id, YamlNode node, List<Diagnostic> problems) {
        Optional<Map<String, YamlNode>> fields = ClaimValues.fields(id, node, SOURCE_KEYS, "a source", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> f = fields.get();
        int before = problems.size();
        Label title = ClaimValues.optionalTexts(f, "title", id.name(), problems);
        if (!f.containsKey("title")) {
            problems.add(Diagnostic.error(id.at(), "'" + id.name() + "' has no 'title': add the source's title"));
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

    private Optional<FigureDef> readFigure(YamlNode.Key id, YamlNode node, List<Diagnostic> problems) {
        Optional<Map<String, YamlNode>> fields = ClaimValues.fields(id, node, FIGURE_KEYS, "a figure", problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> f = fields.get();
        int before = problems.size();
        Label label = ClaimValues.label(id, f, problems);
        String quote = ClaimValues.optionalText(f, "quote", problems);
        String stated = ClaimValues.optionalText(f, "stated", problems);
        String prefix = ClaimValues.optionalText(f, "prefix", problems);
        String suffix = ClaimValues.optionalText(f, "suffix", problems);
        for (String context : List.of("prefix", "suffix")) {
            if (f.containsKey(context) && !f.containsKey("quote")) {
                problems.add(Diagnostic.error(
                        f.get(context).at(),
                        "'" + context + "' gives the words "
                                + (context.equals("prefix") ? "before" : "after") + " the quote, but figure '"
                                + id.name()
                                + "' has no 'quote': add the quote or remove '" + context + "'"));
            }
        }
        if (stated != null && quote == null) {
            problems.add(Diagnostic.error(
                    f.get("stated").at(),
                    "'stated' names the number inside the quote, but figure '" + id.name()
                            + "' has no 'quote': add the quote or remove 'stated'"));
        } else if (stated != null && !quote.contains(stated)) {
            problems.add(Diagnostic.error(
                    f.get("stated").at(),
                    "stated '" + stated + "' does not occur in the quote '" + quote
                            + "': copy the number exactly as the quote writes it"));
        }
        Definition definition = definition(id, f, problems);
        List<FigureDef.Reference> sources = new ArrayList<>();
        if (f.containsKey("source") && f.containsKey("sources")) {
            problems.add(Diagnostic.error(
                    f.get("sources").at(), "write either 'source: id' or 'sources: [a, b]', not both"));
        } else if (f.containsKey("source")) {
            ClaimValues.referenceText(f.get("source"), "source", problems).ifPresent(sources::add);
        } else if (f.containsKey("sources")) {
            YamlNode list = f.get("sources");
            if (list instanceof YamlNode.Sequence sequence) {
                for (YamlNode item : sequence.items()) {
                    ClaimValues.referenceText(item, "sources", problems).ifPresent(sources::add);
                }
            } else {
                ClaimValues.referenceText(list, "sources", problems).ifPresent(sources::add);
            }
        }
        Verdict verdict = null;
        String verdictText = ClaimValues.optionalText(f, "verdict", problems);
        if (verdictText != null) {
            verdict = Verdict.fromCode(verdictText).orElse(null);
            if (verdict == null) {
                List<String> codes =
                        Arrays.stream(Verdict.values()).map(Verdict::code).toList();
                problems.add(Diagnostic.error(
                        f.get("verdict").at(),
                        Message.of(
                                "diagnostic.unknown-verdict",
                                verdictText,
                                Suggestions.didYouMeanMessage(verdictText, codes),
                                String.join(", ", codes))));
            }
        }
        Label note = ClaimValues.optionalTexts(f, "note", id.name(), problems);
        if (verdict == Verdict.DRAFT) {
            problems.add(Diagnostic.warning(
                    f.get("verdict").at(),
                    "figure '" + id.name() + "' is a draft, not judged yet: "
                            + "check it against its sources, then replace 'draft' by supported, approximate, imprecise, misattributed,"
                            + " unverifiable or false, with a 'note' saying why"));
        } else if (verdict != null && note == null && !f.containsKey("note")) {
            problems.add(Diagnostic.error(
                    f.get("verdict").at(), Message.of("diagnostic.verdict-without-note", verdict.code())));
        }
        if (hasNewErrors(problems, before) || definition == null || label == null) {
            return Optional.empty();
        }
        SourcePosition quoteAt = f.containsKey("quote") ? f.get("quote").at() : id.at();
        return Optional.of(new FigureDef(
                id.name(), label, quote, stated, prefix, suffix, definition, sources, verdict, note, id.at(), quoteAt));
    }

    private Definition definition(YamlNode.Key id, Map<String, YamlNode> f, List<Diagnostic> problems) {
        List<String> present = List.of("value", "derive", "when").stream()
                .filter(f::containsKey)
                .toList();
        if (present.size() != 1) {
            String message = present.isEmpty()
                    ? "figure '" + id.name() + "' has no value: give it 'value: 700 W' (from a source), "
                            + "'derive: a * b' with 'unit:' (computed) or 'when: 2024-Q3' (a date)"
                    : "figure '" + id.name() + "' has " + String.join(" and ", present)
                            + ": keep exactly one of value, derive, when";
            problems.add(Diagnostic.error(id.at(), message));
            return null;
        }
        if (f.containsKey("unit") && !present.get(0).equals("derive")) {
            problems.add(Diagnostic.error(
                    f.get("unit").at(),
                    "'unit' goes with 'derive'; for a sourced value write the unit "
                            + "in the value itself ('value: 700 W')"));
            return null;
        }
        return switch (present.get(0)) {
            case "value" -> {
                YamlNode node = f.get("value");
                String text = ClaimValues.scalarText(node, "value", problems);
                if (text == null) {
                    yield null;
                }
                try {
                    Quantity value = Quantity.parse(text);
                    checkNouns(value.unit(), text, node.at(), problems);
                    yield new Definition.Sourced(value, org.evidencereader.figure.Precision.of(text));
                } catch (QuantityFormatException | UnitFormatException e) {
                    problems.add(
                            Diagnostic.error(
                                    ClaimValues.valuePosition(node, e),
                                    "bad value '" + text + "': " + e.getMessage()
                                            + " (write a number, an optional range '..', and a unit, for example '4211..10528 GPU')"));
                    yield null;
                }
            }
            case "when" -> {
                YamlNode node = f.get("when");
                String text = ClaimValues.scalarText(node, "when", problems);
                if (text == null) {
                    yield null;
                }
                try {
                    yield new Definition.Dated(TimePoint.parse(text));
                } catch (IllegalArgumentException e) {
                    problems.add(Diagnostic.error(
                            node.at(), "bad date '" + text + "': write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn"));
                    yield null;
                }
            }
            default -> {
                YamlNode node = f.get("derive");
                String text = ClaimValues.scalarText(node, "derive", problems);
                if (text == null) {
                    yield null;
                }
                if (!f.containsKey("unit")) {
                    problems.add(Diagnostic.error(
                            node.at(),
                            "figure '" + id.name() + "' is derived but has no 'unit': "
                                    + "add the unit to show it in, for example 'unit: kW' or 'unit: \"%\"'"));
                    yield null;
                }
                Expression formula;
                try {
                    formula = Expression.parse(text);
                } catch (FormulaException e) {
                    problems.add(Diagnostic.error(
                            ClaimValues.valuePosition(node, e), "bad formula '" + text + "': " + e.getMessage()));
                    yield null;
                }
                String unitText = ClaimValues.scalarText(f.get("unit"), "unit", problems);
                if (unitText == null) {
                    yield null;
                }
                try {
                    Unit unit = Unit.parse(unitText);
                    checkNouns(unit, unitText, f.get("unit").at(), problems);
                    yield new Definition.Derived(formula, unit, node.at(), ClaimValues.referencesAt(node, text));
                } catch (UnitFormatException e) {
                    problems.add(
                            Diagnostic.error(f.get("unit").at(), "bad unit '" + unitText + "': " + e.getMessage()));
                    yield null;
                }
            }
        };
    }

    /**
     * A counted noun that looks like a unit written by name or in the wrong case ('Watt', 'kw') would
     * be counted like 'GPU', and every formula that uses the figure would fail far from here.
     */
    private static void checkNouns(Unit unit, String text, SourcePosition at, List<Diagnostic> problems) {
        for (String noun : unit.countedNouns()) {
            Unit.likelyMeant(noun)
                    .ifPresent(meant -> problems.add(Diagnostic.error(
                            at,
                            "'" + noun + "' in '" + text
                                    + "' is not a unit this reader knows, so it would be counted like 'GPU': did you mean '"
                                    + meant
                                    + "'? (units are written as symbols, with their case: W, kW, MWh, s, h, %)")));
        }
    }

    private static boolean hasNewErrors(List<Diagnostic> problems, int before) {
        return problems.subList(before, problems.size()).stream().anyMatch(Diagnostic::isError);
    }
}
