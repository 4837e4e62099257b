package org.tandai.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.model.ArticleText;
import org.tandai.model.Entity;
import org.tandai.model.Kind;
import org.tandai.model.Span;
import org.tandai.model.TagSet;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.FxTaskRunner;
import org.tandai.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The production wiring, with the real background file thread and the real two-second poll: an
 * annotation file changed by another program shows up in the open window by itself.
 */
class WindowWatchingTest {
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path tmp;

    @Test
    void theRunningWindowNoticesAnOutsideChangeByItselfAndReloadsOffTheFxThread() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        FxTaskRunner tasks = new FxTaskRunner();
        TestWindow window = TestWindow.start(tasks, new FakeDialogs(), new Settings(), "tester");
        Workbench[] wb = {window.workbench};
        FxToolkit.setupFixture(() -> {
            wb[0].openFolder(tmp, () -> { });
            wb[0].startWatching();
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb[0].vm().session() != null);
            assertFalse(hasEntity(wb[0], "Badan Pusat Statistik"));

            Path article = tmp.resolve("alpha.txt");
            SidecarStore store = new SidecarStore();
            SidecarStore.Loaded l = store.load(article, TagSet.defaults());
            ArticleText text = l.text();
            Entity bps = new Entity(l.document().newId(Kind.ENTITY), "Badan Pusat Statistik", "ORGANIZATION");
            int at = text.toCodePoint(text.text().indexOf("Badan Pusat Statistik"));
            bps.mentions().add(Span.of(text, at, at + "Badan Pusat Statistik".length()));
            l.document().add(bps);
            store.save(article, l.document());

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> hasEntity(wb[0], "Badan Pusat Statistik"));
            assertTrue(wb[0].statusBar().getText().contains("changed outside Tandai"), wb[0].statusBar().getText());
        } finally {
            FxToolkit.setupFixture(() -> {
                wb[0].vm().lifecycle().stopWatching();
                window.stage.hide();
            });
            tasks.shutdown();
        }
    }

    private static boolean hasEntity(Workbench wb, String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> wb.vm().session() != null
                && wb.vm().session().document().entities().stream().anyMatch(e -> e.name().equals(name))).get();
    }
}
