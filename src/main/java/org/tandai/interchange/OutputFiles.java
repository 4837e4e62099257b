package org.tandai.interchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens export output files. A per-article file is written in one call over the old bytes and then
 * cut to its new length, instead of being truncated to zero first: truncating a file whose blocks
 * are on disk frees them at once (on the build machine's ext4 with {@code discard}, 1–2 ms per
 * file), which made re-exporting a 1,000-article corpus in brat take seconds; see decision 0405.
 * The bytes that end up in the file are the same. The corpus-wide files ({@link #stream}: one
 * JSONL, CoNLL or Label Studio file for all articles) are truncated when opened: they are written
 * over many seconds, and an export stopped midway must not leave the previous export's records
 * after the new ones, where they would pass for current.
 */
final class OutputFiles {
    private static final int BUFFER = 1 << 16;

    private OutputFiles() {
    }

    /** A buffered byte stream over the file, emptied first. */
    static OutputStream stream(Path file) throws IOException {
        return new BufferedOutputStream(java.nio.file.Files.newOutputStream(file), BUFFER);
    }

    /** Writes what {@code content} collected as the whole file, in UTF-8, and empties it. */
    static void write(Path file, LineBuffer content) throws IOException {
        try (InPlace out = new InPlace(file)) {
            content.drainTo(out);
        }
    }

    /** Writes the whole file as UTF-8. */
    static void write(Path file, String content) throws IOException {
        try (InPlace out = new InPlace(file)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Unbuffered: callers hand it large chunks (a whole file, or the 8 KiB an encoder collects). */
    private static final class InPlace extends OutputStream {
        private final FileChannel channel;

        InPlace(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                // Drops the tail of a longer previous version; does nothing when the file grew or kept its size.
                channel.truncate(channel.position());
            }
        }
    }
}
