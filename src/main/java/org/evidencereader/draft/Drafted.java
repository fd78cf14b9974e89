package org.evidencereader.draft;

import java.util.Objects;
import org.evidencereader.library.Coverage;

/** A draft with the number it was drafted for, so a page can put the draft beside that number. */
public record Drafted(Coverage.Mention mention, Draft draft) {
    public Drafted {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(draft, "draft");
    }
}
