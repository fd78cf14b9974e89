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
 * words they stand for (an id, a quote, a count as written), never formatted for a locale, or are
 * messages themselves (a "did you mean" hint), shown in the same language.
 *
 * @param arguments each a {@code String} or a {@code Message}
 */
public record Message(String key, List<Object> arguments) {

    private static final String BUNDLE = "messages";
    // Without a file for the language asked for, the Chinese base file answers, never the JVM's locale.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = arguments.stream()
                .map(a -> a instanceof Message ? a : String.valueOf(a))
                .toList();
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** Nothing: for an optional part of a message, such as a hint that has no suggestion to make. */
    public static Message empty() {
        return new Message("diagnostic.empty", List.of());
    }

    /** The text in {@code locale}'s language: English for English, Chinese otherwise. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE,
                NO_FALLBACK);
        Object[] shown = arguments.stream()
                .map(a -> a instanceof Message m ? m.in(locale) : a)
                .toArray();
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }
}
