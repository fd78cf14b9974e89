package org.evidencereader.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evidencereader.article.Passage;
import org.evidencereader.draft.Draft;
import org.evidencereader.draft.DraftWriter;
import org.evidencereader.draft.Drafted;
import org.evidencereader.draft.Section;
import org.evidencereader.library.Coverage;
import org.evidencereader.library.ReaderArticle;
import org.evidencereader.library.Segment;

/**
 * The claim drafts an editor's reader page offers, one for each number nobody annotated: the entry
 * {@code draft} would write for it, and where to paste it. The page shows each passage's drafts
 * after the passage and ties each uncovered number to its draft by the draft's anchor.
 *
 * @param file        the claim file to paste into, as the editor finds it ({@code claims/<slug>/draft.yaml})
 * @param fileExists  whether that file is there already
 * @param unannotated how many numbers of the article nobody annotated: more than have a draft when
 *                    the page offers drafts for the first ones only
 */
public record PageDrafts(
        String file,
        boolean fileExists,
        long unannotated,
        Map<String, List<Entry>> byPassage,
        Map<String, List<String>> anchors) {

    /**
     * One draft on the page.
     *
     * @param anchor  the id of its element on the page ({@code draft-p-3-1})
     * @param stated  the number as the article writes it
     * @param section the part of the claim file it is pasted under
     * @param yaml    the entry, to paste under {@code section} as it is
     */
    public record Entry(String anchor, String stated, Section section, String yaml) {
        public Entry {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    public PageDrafts {
        Objects.requireNonNull(file, "file");
        byPassage = Map.copyOf(byPassage);
        anchors = Map.copyOf(anchors);
    }

    /**
     * The drafts of {@code article}'s uncovered numbers, each tied to the segments of the page that
     * show its number (a number cut by inline formatting is shown as several).
     */
    static PageDrafts of(ReaderArticle article, List<Drafted> drafted, String file, boolean fileExists) {
        Map<String, List<Drafted>> inPassage = new HashMap<>();
        drafted.forEach(d -> inPassage
                .computeIfAbsent(d.mention().passageId(), p -> new ArrayList<>())
                .add(d));
        Map<String, List<Entry>> byPassage = new HashMap<>();
        Map<String, List<String>> anchors = new HashMap<>();
        for (Passage passage : article.article().passages()) {
            List<Drafted> here = inPassage.get(passage.id());
            if (here == null) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            for (Drafted d : here) {
                Draft draft = d.draft();
                entries.add(new Entry(
                        "draft-" + passage.id() + "-" + (entries.size() + 1),
                        draft.stated(),
                        Section.of(draft),
                        DraftWriter.entry(draft)));
            }
            byPassage.put(passage.id(), List.copyOf(entries));
            anchors.put(passage.id(), segmentAnchors(article.segments(passage), here, entries));
        }
        return new PageDrafts(file, fileExists, article.coverage().unannotated(), byPassage, anchors);
    }

    /** For each segment of a passage, the anchor of the draft for the number it shows, or "" for none. */
    private static List<String> segmentAnchors(List<Segment> segments, List<Drafted> drafted, List<Entry> entries) {
        List<String> anchors = new ArrayList<>(segments.size());
        int at = 0;
        for (Segment segment : segments) {
            String anchor = "";
            if (segment.coverage().orElse(null) == Coverage.Status.UNANNOTATED) {
                for (int i = 0; i < drafted.size(); i++) {
                    Coverage.Mention m = drafted.get(i).mention();
                    if (m.start() <= at && at < m.end()) {
                        anchor = entries.get(i).anchor();
                        break;
                    }
                }
            }
            anchors.add(anchor);
            at += segment.text().length();
        }
        return anchors;
    }

    /** How many drafts the page offers. */
    public long offered() {
        return byPassage.values().stream().mapToLong(List::size).sum();
    }

    /** Whether some numbers nobody annotated have no draft on the page (see {@code EditorDrafts.PER_PAGE}). */
    public boolean capped() {
        return offered() < unannotated;
    }

    /** The drafts for the numbers of this passage, in the text's order. */
    public List<Entry> in(Passage passage) {
        return byPassage.getOrDefault(passage.id(), List.of());
    }

    /** The anchor of the draft for the number the passage's {@code index}th segment shows, or null. */
    public String anchor(Passage passage, int index) {
        List<String> list = anchors.get(passage.id());
        return list == null || index >= list.size() || list.get(index).isEmpty() ? null : list.get(index);
    }
}
