package org.evidencereader.article;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Inline Markdown formatting over part of a passage's text ({@code start} inclusive, {@code end}
 * exclusive, in the passage's own offsets). Spans nest as the Markdown does; none is empty.
 */
public sealed interface Inline {

    int start();

    int end();

    /** {@code *text*} or {@code _text_}. */
    record Emphasis(int start, int end) implements Inline {
        public Emphasis {
            check(start, end);
        }
    }

    /** {@code **text**} or {@code __text__}. */
    record Strong(int start, int end) implements Inline {
        public Strong {
            check(start, end);
        }
    }

    /** {@code `code`}. */
    record Code(int start, int end) implements Inline {
        public Code {
            check(start, end);
        }
    }

    /** {@code [text](https://…)} or {@code <https://…>}: only to an {@link #isSafe(String) http(s) or mailto} address. */
    record Link(int start, int end, String href) implements Inline {

        /** {@code http://host…}, {@code https://host…} (any case) or {@code mailto:…}. */
        private static final Pattern SAFE = Pattern.compile("(?i)(?:https?://[^/?#\\\\]+|mailto:.+)");

        public Link {
            check(start, end);
            if (!isSafe(href)) {
                throw new IllegalArgumentException("not an http(s) or mailto address: " + href);
            }
        }

        /**
         * Whether a link may be followed from the page: an absolute {@code http} or {@code https} address
         * with a host, or a {@code mailto} address, with no white space or control character in it.
         * Anything else ({@code javascript:}, {@code data:}, a path, which would point somewhere else once
         * the site is exported) is shown as text. Only the scheme and the host are checked, as a browser
         * reads them: the rest of an address ({@code ?q=a|b}, {@code 100%}) is the site's business, and
         * the page escapes it like any attribute.
         */
        public static boolean isSafe(String href) {
            return href != null
                    && !href.isEmpty()
                    && href.chars().noneMatch(c -> c <= ' ' || c == 0x7f)
                    && SAFE.matcher(href).lookingAt();
        }
    }

    private static void check(int start, int end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "an inline span must be non-empty and within the text: " + start + ".." + end);
        }
    }

    /** The same formatting over other offsets (the passage's text was trimmed). */
    default Optional<Inline> shifted(int by, int length) {
        int from = Math.max(0, start() - by);
        int to = Math.min(length, end() - by);
        if (to <= from) {
            return Optional.empty();
        }
        if (this instanceof Link link) {
            return Optional.of(new Link(from, to, link.href()));
        }
        if (this instanceof Strong) {
            return Optional.of(new Strong(from, to));
        }
        if (this instanceof Code) {
            return Optional.of(new Code(from, to));
        }
        return Optional.of(new Emphasis(from, to));
    }

    static <T extends Inline> T requireWithin(T inline, String text) {
        Objects.requireNonNull(inline, "inline");
        if (inline.end() > text.length()) {
            throw new IllegalArgumentException(
                    "an inline span ends at " + inline.end() + ", past the text's " + text.length() + " characters");
        }
        return inline;
    }
}
