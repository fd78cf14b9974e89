package org.evidencereader.draft;

import java.util.List;

/**
 * A claim file of drafts: valid as it stands, with a comment above each entry giving its sentence
 * and a TODO on each line the editor must complete ({@code sources}, {@code verdict}).
 */
public final class DraftWriter {

    /** The file {@code draft} writes in the article's claims folder unless told otherwise. */
    public static final String DEFAULT_FILE = "draft.yaml";

    static final String SOURCES_TODO =
            "# TODO: the ids of the sources that give this number (define them under 'sources:')";
    static final String VERDICT_TODO =
            "# TODO: once checked, supported, approximate, imprecise, misattributed, unverifiable"
                    + " or false, with a 'note' saying why";
    private static final int CONTEXT_CHARS = 60;

    private DraftWriter() {}

    /** The YAML text of a claim file holding {@code drafts} for {@code articleFile}. */
    public static String write(String articleFile, String command, List<Draft> drafts) {
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=../schema/claims.schema.json\n");
        out.append("# Drafts for the numbers of ").append(articleFile).append(" that no figure or not-claim covers,\n");
        out.append("# written by `").append(command).append("`. For each figure: check the label, the quote\n");
        out.append("# and the value, cite its sources, judge it (verdict and note); for each not-claim: check the\n");
        out.append(
                "# reason. Move entries to claim files of their own as they are done; `validate` warns of every TODO.\n");
        List<Draft.FigureDraft> figures = drafts.stream()
                .filter(Draft.FigureDraft.class::isInstance)
                .map(Draft.FigureDraft.class::cast)
                .toList();
        List<Draft.NotClaimDraft> notClaims = drafts.stream()
                .filter(Draft.NotClaimDraft.class::isInstance)
                .map(Draft.NotClaimDraft.class::cast)
                .toList();
        if (!figures.isEmpty()) {
            out.append("\nfigures:\n");
            figures.forEach(f -> out.append(entry(f)));
        }
        if (!notClaims.isEmpty()) {
            out.append("\nnot-claims:\n");
            notClaims.forEach(n -> out.append(entry(n)));
        }
        if (drafts.isEmpty()) {
            out.append("\n# Every number of the article is covered: nothing to draft.\n");
        }
        return out.toString();
    }

    /**
     * One draft's entry as {@link #write} puts it under its {@link Section}: a blank line, the
     * comments, then the entry indented by two spaces, so it can be pasted under that key as it is.
     */
    public static String entry(Draft draft) {
        StringBuilder out = new StringBuilder();
        out.append("\n  # ")
                .append(draft.passageId())
                .append(": ")
                .append(context(draft.sentence()))
                .append('\n');
        if (draft instanceof Draft.FigureDraft f) {
            for (String remark : f.remarks()) {
                out.append("  # ").append(oneLine(remark)).append('\n');
            }
            out.append("  ").append(f.id()).append(":\n");
            out.append("    label: {zh: ").append(quoted(f.labelZh())).append("}\n");
            out.append("    quote: ").append(quoted(f.quote())).append('\n');
            out.append("    stated: ").append(quoted(f.statedWords())).append('\n');
            if (f.value() instanceof Draft.Amount amount) {
                out.append("    value: ").append(quoted(amount.text())).append('\n');
            } else if (f.value() instanceof Draft.When when) {
                out.append("    when: ").append(quoted(when.point().iso())).append('\n');
            }
            out.append("    sources: []  ").append(SOURCES_TODO).append('\n');
            out.append("    verdict: draft  ").append(VERDICT_TODO).append('\n');
        } else if (draft instanceof Draft.NotClaimDraft n) {
            out.append("  - quote: ").append(quoted(n.quote())).append('\n');
            out.append("    stated: ").append(quoted(n.stated())).append('\n');
            out.append("    reason: ").append(quoted(n.reason())).append("  # suggested: check it\n");
        }
        return out.toString();
    }

    private static String context(String sentence) {
        String line = oneLine(sentence);
        return line.length() <= CONTEXT_CHARS ? line : line.substring(0, CONTEXT_CHARS - 1) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A YAML double-quoted scalar: safe for any text (colons, '#', quotes, a leading '-' or '%'). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
