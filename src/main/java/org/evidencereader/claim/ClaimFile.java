package org.evidencereader.claim;

import java.util.List;

/** What one claim file defines. */
public record ClaimFile(String file, List<SourceDef> sources, List<FigureDef> figures) {

    public ClaimFile {
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }
}
