package org.tandai.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file looked like when Tandai read it: size, modification time and SHA-256 of its bytes.
 * Saving with an expected fingerprint refuses to overwrite a file that changed since it was read
 * ({@link SidecarStore#save(Path, org.tandai.model.AnnotatedDocument, Fingerprint)}), and
 * {@link ExternalChangeDetector} compares fingerprints to notice edits made outside Tandai.
 * Two fingerprints describe the same content when size and hash agree; the time only lets a poll
 * skip hashing when nothing was touched.
 */
public record Fingerprint(boolean exists, long size, long modifiedMillis, String sha256) {
    /** The fingerprint of a file that does not exist. */
    public static final Fingerprint ABSENT = new Fingerprint(false, -1, -1, "");

    /** Reads the file's fingerprint (hashing streams, so it is safe on files of any size). */
    public static Fingerprint of(Path file) throws StoreException {
        try {
            if (!Files.exists(file)) {
                return ABSENT;
            }
            long size = Files.size(file);
            long mtime = Files.getLastModifiedTime(file).toMillis();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new Fingerprint(true, size, mtime, HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new StoreException(Problem.error(file.toString(), "file", "cannot read: " + SidecarStore.describe(e)), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** The fingerprint of bytes just written to a file (size and hash from the bytes, time from disk). */
    static Fingerprint ofWritten(Path file, byte[] bytes) throws StoreException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long mtime = Files.getLastModifiedTime(file).toMillis();
            return new Fingerprint(true, bytes.length, mtime, HexFormat.of().formatHex(md.digest(bytes)));
        } catch (IOException e) {
            throw new StoreException(Problem.error(file.toString(), "file", "cannot read: " + SidecarStore.describe(e)), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Hex SHA-256 of bytes. */
    static String ofBytes(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** True when both describe the same content (or both describe a missing file). */
    public boolean sameContent(Fingerprint other) {
        return other != null && exists == other.exists && size == other.size && sha256.equals(other.sha256);
    }

    /**
     * True when the file on disk still has this fingerprint's existence, size and time: a cheap
     * check (no reading) that a file read a moment ago was not replaced or edited since.
     */
    public boolean looksUnchanged(Path file) {
        try {
            if (!Files.exists(file)) {
                return !exists;
            }
            return sameStat(true, Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return false;
        }
    }

    /** True when size and time are unchanged, so the content very likely is too (no hashing needed). */
    boolean sameStat(boolean otherExists, long otherSize, long otherMillis) {
        return exists == otherExists && size == otherSize && modifiedMillis == otherMillis;
    }
}
