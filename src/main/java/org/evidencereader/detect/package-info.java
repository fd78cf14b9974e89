/**
 * Detection: every numeric mention in a passage, found on the words of {@link
 * org.evidencereader.nlp.Tokenizer} (HanLP behind it) and valued by {@link
 * org.evidencereader.figure.NumeralParser}. Plain Java; no Spring, no HanLP. The golden examples are
 * in {@code src/test/resources/spec/detection.txt}.
 */
package org.evidencereader.detect;
