package org.evidencereader.anchor;

import java.util.List;
import org.evidencereader.article.Article;
import org.evidencereader.diagnostic.Message;

/**
 * The parts the anchorer's diagnostics are built from, as message keys ({@code diagnostic.quote.*})
 * so that a quote's problem reads in the editor's language: how a quote is named, the advice to copy
 * it exactly, the orphan's opening words and lists joined the way each language joins them.
 */
final class Wording {

    /** The advice that ends most orphans' messages. */
    static final Message COPY_EXACTLY = Message.of("diagnostic.quote.copy-exactly");

    private Wording() {}

    /** A figure's quote, named by the figure's id. */
    static Message figure(String id) {
        return Message.of("diagnostic.quote.name.figure", id);
    }

    /** A not-claim's quote, named by its words. */
    static Message notClaim(String quote) {
        return Message.of("diagnostic.quote.name.not-claim", quote);
    }

    /** A quote the anchorer refuses to place: its name, the article, and why. */
    static Message orphan(Anchorer.Quoted q, Article article, Message why) {
        return Message.of("diagnostic.quote.orphan", q.name(), article.file(), why);
    }

    /**
     * The items in order, each pair joined by {@code key} (a pattern {@code {0}…{1}} such as
     * {@code diagnostic.list}, "a, b"); nothing for no items.
     */
    static Message joined(List<Message> items, String key) {
        if (items.isEmpty()) {
            return Message.empty();
        }
        Message all = items.get(0);
        for (Message next : items.subList(1, items.size())) {
            all = Message.of(key, all, next);
        }
        return all;
    }

    /** Words quoted as written: {@code 'words'}, or “words” in Chinese. */
    static Message quoted(String words) {
        return Message.of("diagnostic.quote.words", words);
    }
}
