package org.evidencereader.library;

import org.evidencereader.nlp.TextSpan;

/** The words of a passage that are marked as a figure. */
public record Mark(String figureId, TextSpan span) {}
