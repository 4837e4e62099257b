package org.tandai.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.common.TaskRunner;
import org.testfx.api.FxToolkit;

/**
 * The real window as the window tests drive it: the production {@link Workbench} in TestFX's
 * primary stage, with the test's task runner and dialogs and settings kept in a fresh temporary
 * folder. Shown when started; {@link #close()} hides it.
 */
public final class TestWindow {
    public final Stage stage;
    public final Workbench workbench;
    /** Where this window's settings are saved. */
    public final Path configDir;

    private TestWindow(Stage stage, Workbench workbench, Path configDir) {
        this.stage = stage;
        this.workbench = workbench;
        this.configDir = configDir;
    }

    /**
     * The window most tests use: 1280x800, tasks run on the calling thread, annotator "tester".
     * Sets the size in {@code settings}, which the test keeps to read and change later.
     */
    public static TestWindow standard(DialogService dialogs, Settings settings) throws Exception {
        settings.width = 1280;
        settings.height = 800;
        return start(new org.tandai.ui.common.SameThreadTaskRunner(), dialogs, settings, "tester");
    }

    /** {@link #standard} with the window's text in {@code messages}' language (Indonesian, say). */
    public static TestWindow standard(DialogService dialogs, Settings settings, org.tandai.i18n.Messages messages)
            throws Exception {
        settings.width = 1280;
        settings.height = 800;
        return start(new SidecarStore(), new org.tandai.ui.common.SameThreadTaskRunner(), dialogs, settings, "tester",
                messages, null);
    }

    /** A window in {@code messages}' language and {@code theme} ("light", "dark": the --theme option). */
    public static TestWindow styled(DialogService dialogs, Settings settings, org.tandai.i18n.Messages messages,
                                    String theme) throws Exception {
        return start(new SidecarStore(), new org.tandai.ui.common.SameThreadTaskRunner(), dialogs, settings, "tester",
                messages, theme);
    }

    public static TestWindow start(TaskRunner tasks, DialogService dialogs, Settings settings, String annotator)
            throws Exception {
        return start(new SidecarStore(), tasks, dialogs, settings, annotator);
    }

    /** With the window's files written through {@code store} (a fault-injecting one, say). */
    public static TestWindow start(SidecarStore store, TaskRunner tasks, DialogService dialogs, Settings settings,
                                   String annotator) throws Exception {
        return start(store, tasks, dialogs, settings, annotator, org.tandai.i18n.Messages.english(), null);
    }

    private static TestWindow start(SidecarStore store, TaskRunner tasks, DialogService dialogs, Settings settings,
                                    String annotator, org.tandai.i18n.Messages messages, String theme) throws Exception {
        Path configDir = Files.createTempDirectory("tandai-config");
        Stage stage = FxToolkit.registerPrimaryStage();
        AppContext ctx = new AppContext(store, tasks, dialogs,
                new SettingsStore(configDir, new SidecarStore()), Clock.systemUTC(), annotator,
                messages, theme);
        Workbench[] wb = new Workbench[1];
        FxToolkit.setupFixture(() -> {
            wb[0] = new Workbench(ctx, stage, settings);
            stage.show();
        });
        return new TestWindow(stage, wb[0], configDir);
    }

    public void close() throws Exception {
        FxToolkit.setupFixture(stage::hide);
    }
}
