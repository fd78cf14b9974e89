package org.evidencereader.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evidencereader.diagnostic.Message;
import org.evidencereader.diagnostic.SourcePosition;

/**
 * A YAML document as a tree in which every node remembers where it was written, so that each
 * diagnostic can name the line and column of the key or value at fault.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    SourcePosition at();

    /** What an editor would call this kind of node, for messages such as "expected text, found a list". */
    Message describe();

    /** A key of a mapping together with the place the key was written. */
    record Key(String name, SourcePosition at) {}

    record Mapping(SourcePosition at, Map<Key, YamlNode> entries) implements YamlNode {
        public Mapping {
            Objects.requireNonNull(at);
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public Message describe() {
            return Message.of("diagnostic.node.mapping");
        }
    }

    record Sequence(SourcePosition at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            Objects.requireNonNull(at);
            items = List.copyOf(items);
        }

        @Override
        public Message describe() {
            return Message.of("diagnostic.node.list");
        }
    }

    /** A scalar; {@code text} is null for YAML's null ({@code ~} or an empty value). */
    record Scalar(SourcePosition at, String text, boolean quoted) implements YamlNode {
        @Override
        public Message describe() {
            return Message.of(text == null ? "diagnostic.node.empty" : "diagnostic.node.text");
        }
    }
}
