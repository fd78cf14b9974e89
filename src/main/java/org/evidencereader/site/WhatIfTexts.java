package org.evidencereader.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencereader.library.Figure;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.WhatIf;
import org.springframework.context.MessageSource;

/**
 * What a what-if tells the reader, in the reader's language: why a value is refused or a figure
 * cannot be computed, and which parameters of the address were set aside. Whatever the reader
 * wrote is shown without control or formatting characters.
 */
public final class WhatIfTexts {

    private static final int IGNORED_SHOWN = 5;
    private static final int IGNORED_NAME_LENGTH = 40;

    private final MessageSource messages;

    public WhatIfTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** At most {@value #IGNORED_SHOWN} names, each cut to {@value #IGNORED_NAME_LENGTH} characters: the address is anyone's to write. */
    public String ignoredNote(List<String> ignored, Locale locale) {
        String separator = messages.getMessage("whatif.ignored.separator", null, locale);
        String names = ignored.stream()
                .limit(IGNORED_SHOWN)
                .map(WhatIfTexts::shown)
                .map(name -> messages.getMessage("whatif.ignored.name", new Object[] {name}, locale))
                .collect(Collectors.joining(separator));
        if (ignored.size() > IGNORED_SHOWN) {
            names += separator + "…";
        }
        return messages.getMessage("whatif.ignored", new Object[] {names, ignored.size()}, locale);
    }

    /**
     * A name from the address as it may be shown: without control and formatting characters (a
     * right-to-left override would turn the sentence around it), and cut after
     * {@value #IGNORED_NAME_LENGTH} characters, never inside one (half an emoji is not UTF-8).
     */
    public static String shown(String name) {
        int[] visible = visibleCodePoints(name);
        String kept = new String(visible, 0, Math.min(visible.length, IGNORED_NAME_LENGTH));
        return visible.length > IGNORED_NAME_LENGTH ? kept + "…" : kept;
    }

    /** The text's characters without control and formatting characters (and without lone surrogates). */
    private static int[] visibleCodePoints(String text) {
        return text.codePoints()
                .filter(codePoint -> switch (Character.getType(codePoint)) {
                    case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> false;
                    default -> true;
                })
                .toArray();
    }

    /** Every problem, one after the other. */
    public String explain(ReaderArticle article, List<WhatIf.Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> explain(article, p, locale))
                .collect(Collectors.joining(messages.getMessage("whatif.errors.separator", null, locale)));
    }

    /**
     * A problem in the reader's language, naming its figure by its label: what the reader wrote is
     * shown without control or formatting characters.
     */
    public String explain(ReaderArticle article, WhatIf.Problem problem, Locale locale) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> {
                    int[] visible = visibleCodePoints(argument);
                    return new String(visible, 0, visible.length);
                })
                .toArray();
        Optional<Figure> figure = problem.figureId().flatMap(article::figure);
        String key = problem.reason().messageKey();
        if (figure.isEmpty()) {
            return messages.getMessage(key, arguments, locale);
        }
        String label = figure.get().label().in(locale);
        return switch (problem.reason().wording()) {
            case ALONE -> messages.getMessage(key, arguments, locale);
            case FIELD ->
                messages.getMessage(
                        "whatif.field", new Object[] {label, messages.getMessage(key, arguments, locale)}, locale);
            case FIGURE -> messages.getMessage(key, new Object[] {label}, locale);
            case FIGURE_AND_INPUT ->
                messages.getMessage(
                        key,
                        new Object[] {label, label(article, problem.arguments().get(0), locale)},
                        locale);
        };
    }

    /** The figure's label in the reader's language, or its id if the article has no such figure. */
    public static String label(ReaderArticle article, String id, Locale locale) {
        return article.figure(id).map(f -> f.label().in(locale)).orElse(id);
    }
}
