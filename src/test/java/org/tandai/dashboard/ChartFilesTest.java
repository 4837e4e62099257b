package org.tandai.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;

/** Where a chart may be saved: judged by the real path, never onto annotations. */
class ChartFilesTest {
    @TempDir
    Path tmp;

    private final ChartFiles files = new ChartFiles(new SidecarStore());

    @Test
    void writesAPngAtomicallyAndAddsTheSuffix() throws Exception {
        Path target = ChartFiles.withPngSuffix(tmp.resolve("chart"));
        assertEquals(tmp.resolve("chart.png"), target);
        files.save(target, tmp, 2, 1, new int[] {0xffff0000, 0xff00ff00});
        byte[] png = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertFalse(Files.exists(tmp.resolve("chart.png.bak")), "a chart keeps no backup");
    }

    @Test
    void aLinkNamedPngThatLeadsToASidecarIsRefusedAndTheSidecarKept() throws Exception {
        Path sidecar = Files.writeString(tmp.resolve("a.annotations.json"), "{}");
        Path link = Files.createSymbolicLink(tmp.resolve("chart.png"), sidecar);
        StoreException e = assertThrows(StoreException.class, () -> files.save(link, tmp, 1, 1, new int[] {0}));
        assertTrue(e.problem().toString().contains("not a .png file"), e.problem().toString());
        assertEquals("{}", Files.readString(sidecar));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLayerFolderIsRefused() throws Exception {
        Path layer = Files.createDirectories(tmp.resolve("annotators/ani"));
        StoreException e = assertThrows(StoreException.class,
                () -> files.save(layer.resolve("chart.png"), tmp, 1, 1, new int[] {0}));
        assertTrue(e.problem().toString().contains("annotators"), e.problem().toString());
        assertFalse(Files.exists(layer.resolve("chart.png")));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("x.png"));
        assertThrows(StoreException.class, () -> files.save(dir, tmp, 1, 1, new int[] {0}));
    }
}
