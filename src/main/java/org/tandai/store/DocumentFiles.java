package org.tandai.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The files of one article in one layer (docs/format.md, "Layers"): the article {@code NAME.txt}
 * in the corpus folder, and in the layer's folder its sidecar {@code NAME.annotations.json} with
 * everything derived from it, the {@code .bak} of the last save, the {@code .v1.bak} original, the
 * "theirs" copy of keep both, the recovery journal and the open-article lock. Names only; nothing
 * here touches the disk. Obtained from {@link CorpusLayout#files}; {@link #curated} is the sole
 * layer of an article beside it, for callers that have no corpus folder (one file on the command line).
 */
public record DocumentFiles(Path article, Layer layer, Path sidecar) {
    private static final DateTimeFormatter THEIRS_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The curated (or sole) layer of an article: the sidecar beside it. */
    public static DocumentFiles curated(Path article) {
        return new DocumentFiles(article, Layer.CURATED, article.resolveSibling(CorpusLayout.sidecarName(article)));
    }

    /** The folder the layer's files are in ({@code annotators/SLUG/}, or the corpus folder). */
    public Path folder() {
        return sidecar.toAbsolutePath().getParent();
    }

    /** {@code NAME.annotations.json.bak}: the sidecar as it was before the last save. */
    public Path backup() {
        return AtomicWriter.backupOf(sidecar);
    }

    /**
     * {@code NAME.annotations.json.v1.bak}: the version 1 sidecar as it was before its first save at
     * version 2. Written once and never overwritten, so later saves cannot lose it (decision 0811).
     */
    public Path v1Backup() {
        return sidecar.resolveSibling(base() + SidecarFormat.V1_BACKUP_SUFFIX);
    }

    /** Where "keep both" puts the other version: {@code NAME.annotations.theirs-2026-11-24T10-15-00Z.json}. */
    public Path theirs(Instant when) {
        return theirs(when, 1);
    }

    /** The {@code n}th free name for "theirs" at {@code when} (1: no number, then {@code -2}, {@code -3} ...). */
    public Path theirs(Instant when, int n) {
        String name = sidecar.getFileName().toString();
        String stem = name.substring(0, name.length() - ".json".length()) + ".theirs-" + THEIRS_STAMP.format(when);
        return sidecar.resolveSibling(stem + (n <= 1 ? "" : "-" + n) + ".json");
    }

    /** {@code .NAME.annotations.json.recovery}: the unsaved edits of this layer ({@link RecoveryJournal}). */
    public Path journal() {
        return sidecar.resolveSibling("." + sidecar.getFileName() + ".recovery");
    }

    /** {@code .NAME.annotations.json.open}: who has this layer of the article open ({@link ArticleLock}). */
    public Path lock() {
        return sidecar.resolveSibling("." + sidecar.getFileName() + ".open");
    }

    /** The sidecar's name as a user sees it: {@code NAME.annotations.json}, or {@code annotators/SLUG/NAME...}. */
    public String sidecarName() {
        String name = sidecar.getFileName().toString();
        return layer.isCurated() ? name : CorpusLayout.ANNOTATORS + "/" + layer.slug() + "/" + name;
    }

    private String base() {
        String name = sidecar.getFileName().toString();
        return name.substring(0, name.length() - SidecarFormat.SUFFIX.length());
    }
}
