package org.evidencereader.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * The blocks of one article body's commonmark tree as passages ({@code p-1}, {@code p-2}, …): each
 * heading, paragraph, list item, quote and code block with its text, its inline formatting and the
 * file's line and column every run of its text was written at. Raw HTML is kept as text; a link a
 * reader must not follow is shown as text and reported against the file.
 *
 * @param firstLine the 0-based line of the file where the Markdown body starts
 * @param lines     the file's lines, to follow a text node's characters back to the columns they were written at
 */
record MarkdownBlocks(String file, int firstLine, String[] lines, List<Diagnostic> problems) {
    /** An HTML entity or numeric character reference, as CommonMark reads them. */
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /**
     * How many characters of {@code literal} from {@code at} an entity stands for: one, or two for
     * the few that stand for two characters (or one beyond the BMP): the count after which the
     * literal goes on with what the file has after the entity.
     */
    private static int producedBy(String literal, int at, String written, int after) {
        for (int n = 1; n <= 2; n++) {
            if (at + n >= literal.length()
                    || after >= written.length()
                    || literal.charAt(at + n) == written.charAt(after)
                    || written.charAt(after) == '\\'
                    || written.charAt(after) == '&') {
                return Math.min(n, literal.length() - at);
            }
        }
        return 1;
    }

    void collect(Node parent, List<Passage> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                PassageKind kind = switch (heading.getLevel()) {
                    case 1 -> PassageKind.HEADING_1;
                    case 2 -> PassageKind.HEADING_2;
                    default -> PassageKind.HEADING_3;
                };
                add(out, kind, inline(heading), line(node));
            } else if (node instanceof Paragraph paragraph) {
                add(
                        out,
                        parent instanceof ListItem
                                ? PassageKind.LIST_ITEM
                                : inQuote(parent) ? PassageKind.QUOTE : PassageKind.PARAGRAPH,
                        inline(paragraph),
                        line(node));
            } else if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
                collect(node, out);
            } else if (node instanceof FencedCodeBlock code) {
                add(out, PassageKind.CODE, plain(stripTrailingNewline(code.getLiteral())), line(node));
            } else if (node instanceof IndentedCodeBlock code) {
                add(out, PassageKind.CODE, plain(stripTrailingNewline(code.getLiteral())), line(node));
            } else if (node instanceof HtmlBlock html) {
                // Raw HTML is shown as text, never passed through: articles are data, not markup.
                add(out, PassageKind.CODE, plain(stripTrailingNewline(html.getLiteral())), line(node));
            } else if (node instanceof ThematicBreak) {
                continue;
            } else if (node instanceof Block) {
                collect(node, out);
            }
        }
    }

    /** The 1-based line in the file where a node starts (0 when unknown). */
    private int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : position(node).line();
    }

    /** Where a node starts in the file: commonmark counts lines from the body's first line. */
    private SourcePosition position(Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return SourcePosition.wholeFile(file);
        }
        SourceSpan span = node.getSourceSpans().get(0);
        return new SourcePosition(file, firstLine + span.getLineIndex() + 1, span.getColumnIndex() + 1);
    }

    /** A block's text with its inline formatting and where it was written, trimmed. */
    private Text inline(Node block) {
        StringBuilder text = new StringBuilder();
        List<Inline> spans = new ArrayList<>();
        List<Passage.Origin> origins = new ArrayList<>();
        appendInline(block, text, spans, origins);
        String whole = text.toString();
        String trimmed = whole.strip();
        int lead = trimmed.isEmpty() ? 0 : whole.indexOf(trimmed);
        List<Inline> shifted = new ArrayList<>();
        for (Inline span : spans) {
            if (span != null) {
                span.shifted(lead, trimmed.length()).ifPresent(shifted::add);
            }
        }
        List<Passage.Origin> moved = new ArrayList<>();
        for (Passage.Origin origin : origins) {
            int skipped = Math.max(0, lead - origin.offset());
            moved.add(new Passage.Origin(origin.offset() - lead + skipped, origin.line(), origin.column() + skipped));
        }
        return new Text(trimmed, shifted, moved);
    }

    private void appendInline(Node parent, StringBuilder text, List<Inline> spans, List<Passage.Origin> origins) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text t) {
                textOrigins(t, text.length(), origins);
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                int start = text.length();
                // the source span includes the backticks (and a space each side, if any)
                int marks = node.getSourceSpans().isEmpty()
                        ? 0
                        : Math.max(
                                0,
                                (node.getSourceSpans().get(0).getLength()
                                                - code.getLiteral().length())
                                        / 2);
                origin(node, start, marks, origins);
                text.append(code.getLiteral());
                if (text.length() > start) {
                    spans.add(new Inline.Code(start, text.length()));
                }
            } else if (node instanceof HtmlInline html) {
                origin(node, text.length(), 0, origins);
                text.append(html.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                // Chinese text is written without spaces; a line break inside it is not a space.
                if (!text.isEmpty() && !isCjk(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link) {
                // the outer span is listed before the spans inside it: keep its place while they are read
                int index = spans.size();
                spans.add(null);
                int start = text.length();
                appendInline(node, text, spans, origins);
                spans.set(index, span(node, start, text.length()));
            } else {
                appendInline(node, text, spans, origins);
            }
        }
    }

    /** Notes that the text from {@code offset} on was written where the node starts (plus {@code skip} columns). */
    private void origin(Node node, int offset, int skip, List<Passage.Origin> origins) {
        if (!node.getSourceSpans().isEmpty()) {
            SourcePosition at = position(node);
            origins.add(new Passage.Origin(offset, at.line(), at.column() + skip));
        }
    }

    /**
     * Where a text node's characters were written. Its text is the file's with backslash escapes
     * ({@code \\*}) and entities ({@code &amp;amp;}, {@code &amp;#55;}) replaced by the characters they
     * stand for, so after each of them the columns move on further than the text: each such place
     * gets an origin of its own.
     */
    private void textOrigins(org.commonmark.node.Text node, int offset, List<Passage.Origin> origins) {
        origin(node, offset, 0, origins);
        String literal = node.getLiteral();
        if (node.getSourceSpans().size() != 1) {
            return;
        }
        SourceSpan span = node.getSourceSpans().get(0);
        int row = firstLine + span.getLineIndex();
        if (span.getLength() == literal.length()
                || row >= lines.length
                || span.getColumnIndex() + span.getLength() > lines[row].length()) {
            return;
        }
        String written = lines[row].substring(span.getColumnIndex(), span.getColumnIndex() + span.getLength());
        int line = row + 1;
        int i = 0;
        int j = 0;
        while (i < literal.length() && j < written.length()) {
            char c = written.charAt(j);
            java.util.regex.Matcher entity = c == '&' ? ENTITY.matcher(written).region(j, written.length()) : null;
            if (c == '\\'
                    && j + 1 < written.length()
                    && isAsciiPunctuation(written.charAt(j + 1))
                    && literal.charAt(i) == written.charAt(j + 1)) {
                i += 1;
                j += 2;
            } else if (entity != null && entity.lookingAt() && !literal.startsWith(entity.group(), i)) {
                // an entity CommonMark knows stands for its character(s); an unknown one stays as written
                i += producedBy(literal, i, written, entity.end());
                j = entity.end();
            } else if (literal.charAt(i) == c) {
                i++;
                j++;
                continue;
            } else {
                return; // cannot follow the text further; the origins so far stay right
            }
            if (i < literal.length()) {
                origins.add(new Passage.Origin(offset + i, line, span.getColumnIndex() + j + 1));
            }
        }
    }

    /** The span a formatting node covers, or null when it covers nothing or links where a reader must not go. */
    private Inline span(Node node, int start, int end) {
        if (end <= start) {
            return null;
        }
        if (node instanceof Emphasis) {
            return new Inline.Emphasis(start, end);
        }
        if (node instanceof StrongEmphasis) {
            return new Inline.Strong(start, end);
        }
        // commonmark allows spaces in <…> destinations; a browser would send them as %20
        String href = ((Link) node).getDestination().replace(" ", "%20");
        if (!Inline.Link.isSafe(href)) {
            problems.add(
                    Diagnostic.warning(position(node), Message.of("diagnostic.article.unsafe-link", abbreviate(href))));
            return null;
        }
        return new Inline.Link(start, end, href);
    }

    private static Text plain(String text) {
        return new Text(text, List.of(), List.of());
    }

    private static void add(List<Passage> out, PassageKind kind, Text text, int line) {
        if (text.text().isBlank()) {
            return;
        }
        String id = "p-" + (out.size() + 1);
        // sentences are split once the limits are checked (see parse)
        out.add(new Passage(id, kind, text.text(), List.of(), line, text.inlines(), text.origins()));
    }

    /** A block's text, its inline formatting, and where its runs were written. */
    private record Text(String text, List<Inline> inlines, List<Passage.Origin> origins) {}

    private static boolean inQuote(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof BlockQuote) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }

    private static String stripTrailingNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
