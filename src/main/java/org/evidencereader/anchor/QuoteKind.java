package org.evidencereader.anchor;

/** What a placed quote belongs to, which decides what is said about the numbers inside it. */
enum QuoteKind {
    /** a figure's quote: its number is checked, and a quote with several needs 'stated' */
    FIGURE,
    /** a not-claim's quote: its number is accounted for, not checked */
    NOT_CLAIM,
    /** a statement's quote: a claim in words, marked whole; numbers inside it are figures' business */
    STATEMENT
}
