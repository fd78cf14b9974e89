package org.evidencereader.nlp;

import java.util.List;

/** Splits a passage into sentences, keeping each sentence's offsets in the passage. */
public interface SentenceSplitter {

    /** Sentences in order; together they cover every non-blank character of {@code text}. */
    List<TextSpan> split(String text);
}
