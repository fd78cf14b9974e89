package org.evidencereader.diagnostic;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A diagnostic's text as a key of the interface's message bundles ({@code messages.properties} in
 * Chinese, {@code messages_en.properties} in English) and its arguments, so the same problem reads in
 * the editor's language on the diagnostics page and in {@code validate}. Arguments are kept as the
 * words they stand for (an id, a quote, a count as written), never formatted for a locale.
 */
public record Message(String key, List<String> arguments) {

    private static final String BUNDLE = "messages";
    // Without a file for the language asked for, the Chinese base file answers, never the JVM's locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The text in {@code locale}'s language: English for English, Chinese otherwise. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.CHINESE, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
    }
}
