package org.tandai.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tandai.store.SidecarStore;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.FxDialogService;
import org.tandai.ui.common.FxTaskRunner;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.common.TaskRunner;

/**
 * The JavaFX application. Launched by {@link FxWindowLauncher} with named parameters
 * ({@code --folder}, {@code --annotator}, {@code --report-timing}, {@code --exit}); builds the
 * {@link AppContext} and the {@link Workbench}.
 */
public final class TandaiApp extends Application {
    private TaskRunner tasks;
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        Map<String, String> p = getParameters().getNamed();
        boolean timing = Boolean.parseBoolean(p.getOrDefault("report-timing", "false"));
        boolean exit = Boolean.parseBoolean(p.getOrDefault("exit", "false"));
        String annotator = p.get("annotator");
        SidecarStore store = new SidecarStore();
        SettingsStore settingsStore = new SettingsStore(SettingsStore.defaultDir(), store);
        Settings settings = settingsStore.load();
        tasks = new FxTaskRunner();
        AtomicReference<Workbench> ref = new AtomicReference<>();
        DialogService dialogs = new FxDialogService(() -> stage, m -> {
            if (ref.get() != null) {
                ref.get().vm().statusProperty().set(m);
            }
        });
        AppContext ctx = new AppContext(store, tasks, dialogs, settingsStore, Clock.systemUTC(),
                annotator == null || annotator.isBlank() ? null : annotator);
        workbench = new Workbench(ctx, stage, settings);
        ref.set(workbench);
        if (timing) {
            reportTiming(exit);
        }
        stage.show();
        Path folder = Path.of(p.getOrDefault("folder", "seeds"));
        if (!exit) {
            workbench.askAnnotatorIfUnknown();
        }
        workbench.openFolder(folder, () -> { });
        workbench.startWatching();
    }

    /** Prints "timing: first-frame MS" after the first pulse and "timing: document-rendered MS" after the document's. */
    private void reportTiming(boolean exit) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                System.err.println("timing: first-frame " + (System.currentTimeMillis() - jvmStart));
                stop();
            }
        }.start();
        workbench.vm().setOnRendered(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The pulse after the one that laid the document out: it has been drawn.
                if (++frames < 2) {
                    return;
                }
                stop();
                System.err.println("timing: document-rendered " + (System.currentTimeMillis() - jvmStart));
                if (exit) {
                    workbench.stage().hide();
                    Platform.exit();
                }
            }
        }.start());
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
