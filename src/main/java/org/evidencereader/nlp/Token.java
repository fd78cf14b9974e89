package org.evidencereader.nlp;

import java.util.Objects;

/**
 * One word of a text: its characters, their half-open offsets {@code [start, end)} in the text, and a
 * coarse part of speech.
 *
 * @param text exactly {@code source.substring(start, end)}
 * @param tag {@code m} numeral (also HanLP's mq, mg), {@code q} measure word or classifier (also qt,
 *     qv, qg), {@code t} time word (also tg), {@code nx} a Latin word, {@code x} a string HanLP could
 *     not classify, {@code w} punctuation or a symbol (%, ~, -), otherwise HanLP's own nature as a
 *     string ({@code n}, {@code nr}, {@code nz}, {@code v}, {@code p} …)
 */
public record Token(String text, int start, int end, String tag) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return text + "/" + tag;
    }
}
