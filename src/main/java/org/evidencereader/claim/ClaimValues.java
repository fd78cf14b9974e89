package org.evidencereader.claim;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencereader.derivation.Expression;
import org.evidencereader.derivation.FormulaException;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.SourcePosition;
import org.evidencereader.figure.QuantityFormatException;
import org.evidencereader.figure.UnitFormatException;

/**
 * The values of a claim file's entries, each read with the problems it has: texts, labels,
 * references, web addresses and dates, and where in a value a problem is.
 */
final class ClaimValues {

    private static final Set<String> LABEL_KEYS = Set.of("zh", "en");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private ClaimValues() {}

    /** Where each id of a formula stands in the file, counted like {@link #valuePosition}. */
    static Map<String, SourcePosition> referencesAt(YamlNode node, String formula) {
        boolean quoted = node instanceof YamlNode.Scalar s && s.quoted();
        Map<String, SourcePosition> at = new java.util.LinkedHashMap<>();
        Expression.referenceOffsets(formula)
                .forEach((id, offset) -> at.put(id, node.at().shiftColumns(offset + (quoted ? 1 : 0))));
        return at;
    }

    /** Where inside a value the parser stopped, when the value is written on the key's line. */
    static SourcePosition valuePosition(YamlNode node, RuntimeException e) {
        int column = 0;
        if (e instanceof QuantityFormatException q) {
            column = q.column();
        } else if (e instanceof UnitFormatException u) {
            column = u.column();
        } else if (e instanceof FormulaException fe) {
            column = fe.column();
        }
        boolean quoted = node instanceof YamlNode.Scalar s && s.quoted();
        return node.at().shiftColumns(Math.max(0, column) + (quoted ? 1 : 0));
    }

    static Label label(YamlNode.Key id, Map<String, YamlNode> f, List<Diagnostic> problems) {
        YamlNode node = f.get("label");
        if (node == null) {
            problems.add(Diagnostic.error(
                    id.at(),
                    "figure '" + id.name() + "' has no 'label': add " + "'label: {zh: 中文名, en: English name}'"));
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return new Label(scalar.text(), null);
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    Diagnostic.error(node.at(), "'label' must be '{zh: …, en: …}' or text, not " + node.describe()));
            return null;
        }
        String zh = null;
        String en = null;
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (!LABEL_KEYS.contains(entry.getKey().name())
                    && entry.getValue() instanceof YamlNode.Scalar empty
                    && empty.text() == null
                    && !ClaimFileReader.ID.matcher(entry.getKey().name()).matches()) {
                // {zh: 功耗, en: 720,000 H100s}: the comma ended the text, and its rest became a key without a value
                problems.add(
                        Diagnostic.error(
                                entry.getKey().at(),
                                "'" + entry.getKey().name() + "' looks like the rest of a text"
                                        + " cut at a comma (inside '{…}' a ',' starts the next entry): quote the text (\"…\")"));
                continue;
            }
            String text = scalarText(entry.getValue(), "label." + entry.getKey().name(), problems);
            switch (entry.getKey().name()) {
                case "zh" -> zh = text;
                case "en" -> en = text;
                default -> problems.add(unknownKey(entry.getKey(), LABEL_KEYS, "in a label"));
            }
        }
        if (zh == null || zh.isBlank()) {
            problems.add(Diagnostic.error(node.at(), "label of '" + id.name() + "' has no Chinese text: add 'zh: …'"));
            return null;
        }
        return new Label(zh, en);
    }

    static Optional<Map<String, YamlNode>> fields(
            YamlNode.Key id, YamlNode node, Set<String> allowed, String what, List<Diagnostic> problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.add(Diagnostic.error(
                    node.at(),
                    "'" + id.name() + "' must be " + what + " with indented keys below it, not " + node.describe()));
            return Optional.empty();
        }
        Map<String, YamlNode> fields = new java.util.LinkedHashMap<>();
        for (Map.Entry<YamlNode.Key, YamlNode> entry : mapping.entries().entrySet()) {
            if (allowed.contains(entry.getKey().name())) {
                fields.put(entry.getKey().name(), entry.getValue());
            } else {
                problems.add(unknownKey(entry.getKey(), allowed, "in " + what));
            }
        }
        return Optional.of(fields);
    }

    static Diagnostic unknownKey(YamlNode.Key key, Set<String> allowed, String where) {
        String known = allowed.stream().sorted().collect(Collectors.joining(", "));
        return Diagnostic.error(
                key.at(),
                "unknown key '" + key.name() + "' " + where + Suggestions.didYouMean(key.name(), allowed)
                        + " (known keys: " + known + ")");
    }

    static String requiredText(
            YamlNode.Key id, Map<String, YamlNode> f, String key, String what, List<Diagnostic> problems) {
        if (!f.containsKey(key)) {
            problems.add(Diagnostic.error(id.at(), "'" + id.name() + "' has no '" + key + "': add " + what));
            return null;
        }
        return scalarText(f.get(key), key, problems);
    }

    static String optionalText(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        return f.containsKey(key) ? scalarText(f.get(key), key, problems) : null;
    }

    static String scalarText(YamlNode node, String key, List<Diagnostic> problems) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.text() == null || scalar.text().isBlank()) {
                problems.add(Diagnostic.error(node.at(), "'" + key + "' is empty: give it a value or remove the key"));
                return null;
            }
            return scalar.text();
        }
        problems.add(Diagnostic.error(node.at(), "'" + key + "' must be text, not " + node.describe()));
        return null;
    }

    static Optional<FigureDef.Reference> referenceText(YamlNode node, String key, List<Diagnostic> problems) {
        String text = scalarText(node, key, problems);
        return text == null ? Optional.empty() : Optional.of(new FigureDef.Reference(text, node.at()));
    }

    /** A link readers may follow: only an absolute http(s) address with a host, never javascript: or data:. */
    static String webAddress(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        String text = optionalText(f, key, problems);
        if (text == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(Diagnostic.error(
                f.get(key).at(),
                key + " '" + text + "' is not a web address: write it in full, "
                        + "starting with https:// (spaces must be written as %20)"));
        return null;
    }

    static String date(Map<String, YamlNode> f, String key, List<Diagnostic> problems) {
        String text = optionalText(f, key, problems);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> first = DATE.matcher(text).matches() ? firstDay(text) : Optional.empty();
        if (first.isEmpty()) {
            problems.add(Diagnostic.error(
                    f.get(key).at(),
                    "'" + key + "' must be a real date YYYY-MM-DD (or YYYY-MM, YYYY), not '" + text + "'"));
            return null;
        }
        // Beyond a year from now: a typing mistake (2099, 2052), never a clock a little behind.
        if (first.get().isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(1))) {
            problems.add(Diagnostic.warning(
                    f.get(key).at(), "'" + key + "' is " + text + ", more than a year from now: check it"));
        }
        return text;
    }

    /** The first day a YYYY, YYYY-MM or YYYY-MM-DD date names, if it is a real one (not 2024-13 or 2024-02-30). */
    static Optional<LocalDate> firstDay(String text) {
        try {
            return Optional.of(
                    switch (text.length()) {
                        case 4 -> Year.parse(text).atDay(1);
                        case 7 -> YearMonth.parse(text).atDay(1);
                        default -> LocalDate.parse(text);
                    });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
