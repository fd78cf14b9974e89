package org.evidencereader.yaml;

/**
 * The text as a reader that never ends a chunk between the two halves of a surrogate pair.
 * snakeyaml-engine 3.0.1 fails with an IndexOutOfBoundsException when a character outside the
 * Basic Multilingual Plane (an emoji, a rare CJK character such as 𠀀) straddles its 1024-character
 * buffer; handing it whole code points avoids that. Both YAML readers (claim files and
 * front matter) read through it. Tested in YamlTreeReaderLimitsTest.
 */
public final class WholeCodePoints extends java.io.Reader {
    private final String text;
    private int pos;

    public WholeCodePoints(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (pos >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - pos);
        if (n > 1 && Character.isHighSurrogate(text.charAt(pos + n - 1))) {
            n--;
        }
        text.getChars(pos, pos + n, buffer, offset);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
