package org.tandai.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An unsynchronized writer that encodes to UTF-8 into a fixed buffer and hands it to an output
 * stream whenever it fills, so a multi-megabyte sidecar is written without ever being one string
 * or one byte array (each of those is a G1 humongous object at the window's heap size, and the
 * recovery journal wrote one every second while someone edited; decision 1220). A lone UTF-16
 * surrogate is written as a {@code \\uXXXX} escape, exactly as {@link SidecarWriter#escapeLoneSurrogates}
 * does for a whole string: it can only occur inside a JSON string, where the escape reads back as
 * the same char.
 */
final class Utf8StreamWriter extends Writer {
    /** Below G1's humongous threshold at any heap size (half a region of at least 1 MB). */
    private static final int SIZE = 1 << 16;
    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int len;
    /** A high surrogate waiting for its low half, or 0. */
    private char high;

    Utf8StreamWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int n) throws IOException {
        for (int i = off; i < off + n; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int n) throws IOException {
        int end = off + n;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                if (len == SIZE) {
                    drain();
                }
                buf[len++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        put(c);
        return this;
    }

    private void put(char c) throws IOException {
        if (len + 12 > SIZE) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            escape(h);
        }
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | c >> 6);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            escape(c);
        } else {
            buf[len++] = (byte) (0xE0 | c >> 12);
            buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** {@code \\ud83d}: lower-case hex, as {@code String.format("\\u%04x")} writes it. */
    private void escape(char c) {
        buf[len++] = '\\';
        buf[len++] = 'u';
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[len++] = (byte) Character.forDigit(c >> shift & 0xF, 16);
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    /** Writes out what is buffered (a high surrogate still waits for what follows it). */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /**
     * Ends the text: a dangling high surrogate is escaped (nothing can pair with it any more) and
     * everything is written out. The stream stays open: its owner closes it.
     */
    @Override
    public void close() throws IOException {
        if (high != 0) {
            char h = high;
            high = 0;
            if (len + 6 > SIZE) {
                drain();
            }
            escape(h);
        }
        flush();
    }
}
