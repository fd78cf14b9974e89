package org.evidencereader.library;

import org.evidencereader.diagnostic.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one article version was made from, as a SHA-256: each file's name as shown to editors and
 * its bytes, then every problem found. Two loads with the same digest read the same text under the
 * same names and found the same problems, so (with the same program) they give the same pages.
 * Every field is written with its length first, so no two different inputs give the same stream.
 */
final class SourceDigest {

    private final MessageDigest sha;

    SourceDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A file read: its name as shown in diagnostics, and its bytes. */
    SourceDigest file(String display, byte[] bytes) {
        field("file");
        field(display);
        field(bytes);
        return this;
    }

    SourceDigest problem(Diagnostic problem) {
        field("problem");
        field(problem.file());
        field(Integer.toString(problem.line()));
        field(Integer.toString(problem.column()));
        field(problem.severity().name());
        field(problem.message());
        return this;
    }

    /** Another digest, such as the version a refused change was read against. */
    SourceDigest digest(String hex) {
        field("digest");
        field(hex);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void field(String value) {
        field(value.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] bytes) {
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                (byte) bytes.length});
        sha.update(bytes);
    }
}
