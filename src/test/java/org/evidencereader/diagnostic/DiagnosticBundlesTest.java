package org.evidencereader.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every diagnostic reads in both languages, with the same words filled in. */
class DiagnosticBundlesTest {

    /** A placeholder {n} outside MessageFormat's quoted text ('…'). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiagnosticBundlesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The placeholders of a MessageFormat pattern, leaving out what its single quotes make literal. */
    static Set<String> placeholders(String pattern) {
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted) {
                unquoted.append(c);
            }
        }
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(unquoted);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyDiagnosticKeyIsInBothBundlesWithTheSameArguments() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        Set<String> keys = new TreeSet<>();
        for (Properties p : java.util.List.of(chinese, english)) {
            p.stringPropertyNames().stream()
                    .filter(k -> k.startsWith("diagnostic."))
                    .forEach(keys::add);
        }
        assertThat(keys).hasSizeGreaterThan(100);
        TreeMap<String, String> mismatched = new TreeMap<>();
        for (String key : keys) {
            if (!chinese.containsKey(key) || !english.containsKey(key)) {
                mismatched.put(key, "missing in " + (chinese.containsKey(key) ? "English" : "Chinese"));
            } else if (!placeholders(chinese.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                mismatched.put(
                        key,
                        placeholders(chinese.getProperty(key)) + " against " + placeholders(english.getProperty(key)));
            }
        }
        assertThat(mismatched).as("diagnostic keys, Chinese against English").isEmpty();
    }

    @Test
    void theArgumentScanSkipsQuotedBraces() {
        assertThat(placeholders("''{0}'' must be '''{'zh: …'}''' not {1}")).containsExactly("0", "1");
        assertThat(placeholders("'{0}' {2}")).containsExactly("2");
    }

    /** The English wording is the one editors, tests and the guide know, braces and quotes included. */
    @Test
    void englishWordsWithBracesAndQuotesReadAsBefore() {
        assertThat(Message.of("diagnostic.figure-without-label", "power").in(Locale.ENGLISH))
                .isEqualTo("figure 'power' has no 'label': add 'label: {zh: 中文名, en: English name}'");
        assertThat(Message.of("diagnostic.texts-not-mapping", "note", Message.of("diagnostic.node.list"))
                        .in(Locale.ENGLISH))
                .isEqualTo("'note' must be '{zh: …, en: …}' or text, not a list");
        assertThat(Message.of("diagnostic.text-cut-at-comma", "en").in(Locale.ENGLISH))
                .isEqualTo("'en' looks like the rest of a text cut at a comma (inside '{…}' a ',' starts the next"
                        + " entry): quote the text (\"…\")");
        assertThat(Message.of("diagnostic.yaml.unclosed-brace", Message.empty()).in(Locale.ENGLISH))
                .isEqualTo("inside the '{': add ',' between its entries, or close it with '}' (or write one key per"
                        + " line without braces)");
        assertThat(Message.of("diagnostic.formula-fix", "a * b").in(Locale.ENGLISH))
                .isEqualTo(" fix: 'derive: a * b'");
    }
}
