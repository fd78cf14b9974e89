package org.evidencereader.yaml;

import org.evidencereader.diagnostic.SourcePosition;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * What the two YAML readers (claim files and front matter) share: Jackson's streaming YAML parser
 * set up the same way, and the way a limit crossed stops the read. Each reader builds its own tree
 * with positions, so neither needs a databind mapper.
 */
public final class StreamingYaml {

    private StreamingYaml() {
    }

    /**
     * A parser factory whose own nesting limit is one level above the reader's, as a second fence;
     * an empty value ({@code key:}) reads as null, as with {@code YAMLMapper.builder()}.
     */
    public static YAMLFactory factory(int maxDepth) {
        return YAMLFactory.builder()
                .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxDocumentLength(2_000_000)
                        .build())
                .build();
    }

    /** Whether the current token carries an anchor ({@code &name}) or is an alias ({@code *name}). */
    public static boolean isAnchorOrAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null);
    }

    /** A limit crossed: reading stops there, and the text is refused with this message at that place. */
    public static final class LimitExceeded extends RuntimeException {
        private final SourcePosition at;

        public LimitExceeded(SourcePosition at, String message) {
            super(message, null, false, false);
            this.at = at;
        }

        public SourcePosition at() {
            return at;
        }
    }
}
