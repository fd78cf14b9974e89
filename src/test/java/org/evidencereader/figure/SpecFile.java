package org.evidencereader.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a golden spec file: one case per line, {@code input ⇒ expected}, '#' comments. */
public final class SpecFile {

    /** One case, with its 1-based line number for messages. */
    public record Case(int line, String input, String expected) {
        public String name() {
            return "line " + line + ": " + input;
        }
    }

    private SpecFile() {}

    public static List<Case> read(String resource) {
        try (InputStream in = SpecFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such spec file: " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf('⇒');
                if (arrow < 0) {
                    throw new IllegalArgumentException(resource + ":" + (i + 1) + ": no ⇒ in '" + line + "'");
                }
                cases.add(new Case(
                        i + 1,
                        line.substring(0, arrow).strip(),
                        line.substring(arrow + 1).strip()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
