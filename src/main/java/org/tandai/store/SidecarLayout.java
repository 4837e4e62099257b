package org.tandai.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where the files of an article are: its sidecar, the backups a save keeps and the "theirs" copy
 * of "keep both". Names only; nothing here touches the disk. (Issue 11 replaces these statics by
 * a corpus layout object; {@link SidecarStore#sidecarFor} delegates here until then.)
 */
public final class SidecarLayout {
    private SidecarLayout() {
    }

    /** The sidecar path of an article: {@code NAME.txt} gives {@code NAME.annotations.json}. */
    public static Path sidecarFor(Path article) {
        String name = article.getFileName().toString();
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return article.resolveSibling(base + SidecarFormat.SUFFIX);
    }

    /** The article of a sidecar: {@code NAME.annotations.json} gives {@code NAME.txt}. */
    public static Path articleFor(Path sidecar) {
        String name = sidecar.getFileName().toString();
        return sidecar.resolveSibling(name.substring(0, name.length() - SidecarFormat.SUFFIX.length()) + ".txt");
    }

    /** {@code NAME.annotations.json.bak}: the sidecar as it was before the last save. */
    public static Path backupFor(Path article) {
        return backupOf(sidecarFor(article));
    }

    /** {@code FILE.bak} beside any file Tandai writes over. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * {@code NAME.annotations.json.v1.bak}: the version 1 sidecar as it was before its first save at
     * version 2. Written once and never overwritten, so later saves cannot lose it (decision 0811).
     */
    public static Path v1BackupFor(Path article) {
        Path sidecar = sidecarFor(article);
        return sidecar.resolveSibling(sidecar.getFileName().toString().replace(SidecarFormat.SUFFIX, "") + SidecarFormat.V1_BACKUP_SUFFIX);
    }

    /** Where "keep both" puts the other version: {@code NAME.annotations.theirs-2026-11-24T10-15-00Z.json}. */
    public static Path theirsFor(Path article, Instant when) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC).format(when);
        String name = sidecarFor(article).getFileName().toString();
        String base = name.substring(0, name.length() - ".json".length());
        return article.resolveSibling(base + ".theirs-" + stamp + ".json");
    }
}
