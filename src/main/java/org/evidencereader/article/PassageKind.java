package org.evidencereader.article;

/** The kinds of block an article is made of. */
public enum PassageKind {
    HEADING_1,
    HEADING_2,
    HEADING_3,
    PARAGRAPH,
    QUOTE,
    LIST_ITEM,
    CODE;

    /** The HTML element a passage of this kind is shown in. */
    public String element() {
        return switch (this) {
            case HEADING_1 -> "h2"; // the page's h1 is the article title
            case HEADING_2 -> "h3";
            case HEADING_3 -> "h4";
            case PARAGRAPH, LIST_ITEM -> "p";
            case QUOTE -> "blockquote";
            case CODE -> "pre";
        };
    }
}
