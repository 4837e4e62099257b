package org.tandai.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tandai.i18n.Messages;
import org.tandai.store.OpenTarget;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.ui.common.DialogService;
import org.tandai.ui.common.FxDialogService;
import org.tandai.ui.common.FxTaskRunner;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.SettingsStore;
import org.tandai.ui.common.TaskRunner;

/**
 * The JavaFX application. Launched by {@link FxWindowLauncher} with named parameters
 * ({@code --folder}, {@code --annotator}, {@code --lang}, {@code --theme}, {@code --report-timing},
 * {@code --exit}); builds the
 * {@link AppContext} and the {@link Workbench}.
 */
public final class TandaiApp extends Application {
    /**
     * The process exit code the window asks for (1 after an error in {@code --exit} mode).
     * Static because {@link Application#launch} creates this class itself and returns nothing;
     * {@link FxWindowLauncher} reads it once launch returns.
     */
    private static volatile int exitStatus;
    private TaskRunner tasks;
    private Workbench workbench;
    private boolean showingError;

    @Override
    public void start(Stage stage) {
        Map<String, String> p = getParameters().getNamed();
        boolean timing = Boolean.parseBoolean(p.getOrDefault("report-timing", "false"));
        boolean exit = Boolean.parseBoolean(p.getOrDefault("exit", "false"));
        StartupClock clock = new StartupClock(timing, System.err);
        clock.phase("launch", true); // JVM start to here: the command line and the toolkit's start
        String annotator = p.get("annotator");
        SidecarStore store = new SidecarStore();
        SettingsStore settingsStore = new SettingsStore(SettingsStore.defaultDir(), store);
        Settings settings = settingsStore.load();
        org.tandai.ui.theme.ThemeSwitcher.preset(p.get("theme"), settings); // before the first control: no Modena
        Messages messages = Messages.of(Messages.choose(p.get("lang"), settings.language, java.util.Locale.getDefault()));
        // --lang is checked by the command line before the window starts.
        tasks = new FxTaskRunner();
        AtomicReference<Workbench> ref = new AtomicReference<>();
        DialogService fx = new FxDialogService(() -> stage, m -> {
            if (ref.get() != null) {
                ref.get().vm().statusProperty().set(m);
            }
        }, messages);
        // With --exit nobody answers a dialog: an error ends the process with exit code 1.
        DialogService dialogs = exit ? new ExitModeDialogs(fx, System.err, () -> quit(1)) : fx;
        AppContext ctx = new AppContext(store, tasks, dialogs, settingsStore, Clock.systemUTC(),
                annotator == null || annotator.isBlank() ? null : annotator,
                messages, p.get("theme"));
        workbench = new Workbench(ctx, stage, settings);
        ref.set(workbench);
        clock.phase("workbench", true);
        Path folder = Path.of(p.getOrDefault("folder", "seeds"));
        // The article the folder will open on is read now, on the file thread, while the window is
        // shown; the open after the first frame then only hands it to the views.
        try {
            OpenTarget target = OpenTarget.of(folder);
            workbench.vm().prefetch(target.folder(), target.article() != null ? target.article() : settings.lastArticle);
        } catch (StoreException e) {
            // Reported by openFolder below, once the window is up.
        }
        installErrorHandler(dialogs, messages);
        if (timing || exit) {
            reportTiming(clock, exit);
        }
        stage.show();
        clock.phase("shown", true);
        if (settingsStore.problem() != null) {
            dialogs.notifyWarning(messages.get("settings.problem", settingsStore.problem()));
        }
        if (!exit) {
            workbench.askAnnotatorIfUnknown();
        }
        // Listing and counting the folder and reading the article start after the first frame: on
        // two cores they would otherwise compete with the window's own start-up (decision 0409).
        afterFirstFrame(() -> {
            workbench.openFolder(folder, () -> {
                if (exit && workbench.vm().session() == null) {
                    dialogs.showError(messages.get("app.nothingToShow"), workbench.vm().statusProperty().get());
                }
            });
            workbench.startWatching();
        });
    }

    /** The exit code asked for by the last window run; 0 unless it ended on an error in --exit mode. */
    static int exitStatus() {
        return exitStatus;
    }

    private void quit(int status) {
        exitStatus = status;
        if (workbench != null) {
            workbench.vm().lifecycle().stopWatching();
            workbench.stage().hide();
        }
        Platform.exit();
    }

    /** Runs {@code r} on the FX thread once the first pulse (CSS, layout, the frame's scene graph) is done. */
    private static void afterFirstFrame(Runnable r) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(r);
            }
        }.start();
    }

    /**
     * Prints "timing: PHASE MS" lines to stderr, measured from JVM start: first-frame (the first
     * pulse), document-loaded (read and validated off the FX thread), document-rendered (the pulse
     * after the views took the document); render-after-load is the FX-side share. The first frame
     * and the rendered document also get their CPU times and class counts ({@link StartupClock}).
     */
    private void reportTiming(StartupClock clock, boolean exit) {
        boolean timing = clock.reporting();
        if (timing) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    clock.phase("first-frame", true);
                    stop();
                }
            }.start();
        }
        long[] shown = new long[1];
        workbench.vm().setOnLoaded(() -> {
            shown[0] = System.currentTimeMillis();
            if (timing) {
                System.err.println("timing: document-loaded " + clock.sinceStart());
            }
        });
        workbench.vm().setOnRendered(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The pulse after the one that laid the document out: it has been drawn.
                if (++frames < 2) {
                    return;
                }
                stop();
                long now2 = System.currentTimeMillis();
                if (timing) {
                    System.err.println("timing: document-rendered " + clock.sinceStart());
                    System.err.println("timing: render-after-load " + (now2 - shown[0]));
                    clock.phase("document-rendered", false);
                }
                if (exit) {
                    quit(exitStatus);
                }
            }
        }.start());
    }

    /**
     * A bug must not show a stack trace or lose work: the user gets a plain message, the details go
     * to stderr for a bug report, and the document (still open, autosaved) stays as it was.
     */
    private void installErrorHandler(DialogService dialogs, Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            // Always later: a dialog cannot open during layout, and a failure while showing one must
            // not recurse.
            Platform.runLater(() -> {
                if (showingError) {
                    return;
                }
                showingError = true;
                try {
                    dialogs.showError(messages.get("app.internalError.title"), messages.get("app.internalError",
                            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                } catch (RuntimeException ignored) {
                    // Already printed above; nothing more can be shown.
                } finally {
                    showingError = false;
                }
            });
        });
    }

    @Override
    public void stop() {
        if (workbench != null) {
            // Also when the window ends without a close request (open --exit): gives up the open article.
            workbench.vm().lifecycle().stopWatching();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
