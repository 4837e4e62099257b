package org.tandai.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tandai.model.ArticleText;

/**
 * Reads an article file as strict UTF-8, rejecting binary files, invalid bytes and files over the
 * size limit with a message that names the place. The file itself is never modified.
 */
public final class ArticleReader {
    private ArticleReader() {
    }

    public static ArticleText read(Path file) throws StoreException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_ARTICLE_BYTES) {
                throw new StoreException(Problem.error(name, "size",
                        "article is " + size / (1024 * 1024) + " MiB; the limit is "
                                + Limits.MAX_ARTICLE_BYTES / (1024 * 1024) + " MiB"));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StoreException(Problem.error(name, "file", "article file not found"), e);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(Problem.error(name, "file", "cannot read: " + e.getMessage()), e);
        }
        return ArticleText.ofUtf8(decode(name, bytes), bytes);
    }

    /** Decodes strict UTF-8; a NUL byte means a binary file. */
    static String decode(String name, byte[] bytes) throws StoreException {
        // The JDK's own decoding is several times faster than a CharsetDecoder; it replaces bad bytes
        // with U+FFFD, so only text without one is certainly valid. Anything else takes the strict path.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\0') < 0) {
            return fast;
        }
        return decodeStrictly(name, bytes);
    }

    private static String decodeStrictly(String name, byte[] bytes) throws StoreException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new StoreException(Problem.error(name, locate(bytes, i),
                        "binary file (NUL byte at byte " + i + "), not a text article"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new StoreException(Problem.error(name, locate(bytes, at),
                    "not valid UTF-8 (byte 0x" + String.format("%02X", bytes[at] & 0xff) + " at byte " + at + ")"));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new StoreException(Problem.error(name, "end", "not valid UTF-8"), e);
        }
        out.flip();
        return out.toString();
    }

    /** "line L, column C" of a byte position (column counted in bytes, 1-based). */
    static String locate(byte[] bytes, int pos) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return "line " + line + ", column " + col;
    }

    /** Decodes already-read bytes, for callers that have them (import, tests). */
    public static ArticleText fromBytes(String name, byte[] bytes) throws StoreException {
        return ArticleText.of(decode(name, bytes));
    }
}
