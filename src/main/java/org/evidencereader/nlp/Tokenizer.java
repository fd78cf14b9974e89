package org.evidencereader.nlp;

import java.util.List;

/**
 * Splits text into words with their part of speech, keeping each word's offsets in the text.
 *
 * <p>Implementations are thread-safe once constructed.
 */
public interface Tokenizer {

    /**
     * The words of {@code text} in order. Together they cover the text exactly: the first starts at
     * 0, each starts where the previous one ends, the last ends at {@code text.length()}.
     */
    List<Token> tokenize(String text);
}
