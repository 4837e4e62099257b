package org.tandai.store;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the last few thousand characters it passed on, and where their lines
 * start, so that a JSON syntax error reported as "line L column C" can be shown with the character
 * (or word) found there. Gson reads ahead at most 1024 characters, so the place of an error is
 * always among the remembered ones. Lines are counted as Gson counts them: by {@code '\n'} only.
 */
final class RecentChars extends FilterReader {
    private static final int SIZE = 4096;
    private static final int MASK = SIZE - 1;
    private final char[] ring = new char[SIZE];
    /** Start offset of line n (1-based) at {@code starts[n & MASK]}. */
    private final long[] starts = new long[SIZE];
    private long total;
    private long line = 1;

    RecentChars(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            keep((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            keep(buf, off, n);
        }
        return n;
    }

    /**
     * Remembers a block: line starts from one pass over it, the characters by array copies. Every
     * sidecar passes through here, so this was once a per-character loop that showed in profiles.
     */
    private void keep(char[] buf, int off, int n) {
        for (int i = off, end = off + n; i < end; i++) {
            if (buf[i] == '\n') {
                line++;
                starts[(int) (line & MASK)] = total + (i - off) + 1;
            }
        }
        int skip = Math.max(0, n - SIZE);
        long at = total + skip;
        int left = n - skip;
        int from = off + skip;
        while (left > 0) {
            int pos = (int) (at & MASK);
            int chunk = Math.min(left, SIZE - pos);
            System.arraycopy(buf, from, ring, pos, chunk);
            at += chunk;
            from += chunk;
            left -= chunk;
        }
        total += n;
    }

    private void keep(char c) {
        ring[(int) (total & MASK)] = c;
        total++;
        if (c == '\n') {
            line++;
            starts[(int) (line & MASK)] = total;
        }
    }

    /**
     * The character at 1-based line and column, or -1 when it was not read or is no longer
     * remembered.
     */
    int charAt(long atLine, long column) {
        long at = offset(atLine, column);
        return at < 0 ? -1 : ring[(int) (at & MASK)];
    }

    /** Up to {@code max} characters from line and column on, as far as they were read. */
    String textAt(long atLine, long column, int max) {
        long at = offset(atLine, column);
        if (at < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (long i = at; i < total && sb.length() < max; i++) {
            sb.append(ring[(int) (i & MASK)]);
        }
        return sb.toString();
    }

    private long offset(long atLine, long column) {
        if (atLine < 1 || atLine > line || line - atLine >= SIZE || column < 1) {
            return -1;
        }
        long at = (atLine == 1 ? 0 : starts[(int) (atLine & MASK)]) + column - 1;
        return at >= total || at < total - SIZE ? -1 : at;
    }

    /** True once anything but blanks has been read. */
    boolean sawContent() {
        for (long i = Math.max(0, total - SIZE); i < total; i++) {
            if (!Character.isWhitespace(ring[(int) (i & MASK)])) {
                return true;
            }
        }
        return total > SIZE;
    }
}
