package org.evidencereader.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage's runs with its statements' words marked: every run that is not a figure's, cut where
 * a statement begins or ends, and the parts inside a statement marked as its words. A figure inside a
 * statement keeps its own mark, so the statement is shown as its runs before and after the figure.
 */
final class StatementRuns {

    private StatementRuns() {}

    static List<Segment> mark(List<Segment> segments, List<PlacedStatement> statements) {
        if (statements.isEmpty()) {
            return segments;
        }
        List<Segment> runs = new ArrayList<>(segments.size() + 2 * statements.size());
        int start = 0;
        for (Segment segment : segments) {
            int end = start + segment.text().length();
            if (segment.isFigure()) {
                runs.add(segment);
                start = end;
                continue;
            }
            int from = start;
            while (from < end) {
                int at = from;
                PlacedStatement inside = statements.stream()
                        .filter(s -> s.span().orElseThrow().start() <= at
                                && at < s.span().orElseThrow().end())
                        .findFirst()
                        .orElse(null);
                int to = end;
                if (inside != null) {
                    to = Math.min(end, inside.span().orElseThrow().end());
                } else {
                    for (PlacedStatement s : statements) {
                        int begins = s.span().orElseThrow().start();
                        if (begins > from && begins < to) {
                            to = begins;
                        }
                    }
                }
                Segment part = segment.part(from - start, to - start);
                runs.add(inside == null ? part : part.inStatement(inside.id()));
                from = to;
            }
            start = end;
        }
        return runs;
    }
}
