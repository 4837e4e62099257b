package org.tandai.ui.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tandai.dashboard.ChartFiles;
import org.tandai.dashboard.CorpusSummaries;
import org.tandai.i18n.Messages;
import org.tandai.store.Layer;
import org.tandai.store.StoreException;
import org.tandai.ui.AppContext;
import org.tandai.ui.common.Polling;

/**
 * View ▸ Dashboard: builds the dashboard's ViewModel now and its window on first use, so the
 * workbench wires it with one line. While the window is showing it polls the corpus's files every
 * {@link #POLL_INTERVAL} (and when it comes to the front) and counts again after each save of the
 * main window and when the open layer changes. It is kept in the owner's properties, where tests
 * find it with {@link #of}.
 */
public final class DashboardWindow {
    public static final Duration POLL_INTERVAL = Duration.seconds(2);
    /** View ▸ Dashboard's shortcut (free in the workbench's action table). */
    public static final String KEYS = "Shortcut+Shift+D";

    private final AppContext ctx;
    private final Messages messages;
    private final Supplier<Path> folder;
    private final DashboardViewModel vm;
    private final Stage owner;
    private DashboardView view; // built on first use, not before the main window's first frame
    private final ChartFiles files;
    private Timeline poller;

    public DashboardWindow(AppContext ctx, Stage owner, Supplier<Path> folder, ObservableValue<Layer> layer,
                           ObservableBooleanValue saving) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.folder = folder;
        this.files = new ChartFiles(ctx.store());
        vm = new DashboardViewModel(ctx.tasks(), new CorpusSummaries(ctx.store()), messages, folder, layer::getValue);
        this.owner = owner;
        saving.addListener((o, was, is) -> {
            if (was && !is && showing()) {
                vm.requestRefresh();
            }
        });
        layer.addListener((o, a, b) -> {
            if (showing()) {
                vm.requestRefresh();
            }
        });
        owner.getProperties().put(DashboardWindow.class, this);
    }

    /** The dashboard of a workbench's stage, or null. */
    public static DashboardWindow of(Stage owner) {
        return (DashboardWindow) owner.getProperties().get(DashboardWindow.class);
    }

    /** The View menu's item: opens (or brings to the front) the dashboard. */
    public List<MenuItem> menuItems() {
        MenuItem item = new MenuItem(messages.get("dashboard.menu"));
        item.setId("dashboard.menu");
        item.setAccelerator(KeyCombination.valueOf(KEYS));
        item.setOnAction(e -> show());
        return List.of(item);
    }

    /** Shows the window and counts the open folder. */
    public void show() {
        DashboardView v = view();
        v.stage().show();
        v.stage().toFront();
        vm.refresh();
    }

    private boolean showing() {
        return view != null && view.stage().isShowing();
    }

    public DashboardViewModel vm() {
        return vm;
    }

    DashboardView view() {
        if (view == null) {
            DashboardView v = new DashboardView(vm, messages, owner, this::save);
            v.stage().setOnShown(e -> poller = Polling.start(POLL_INTERVAL, v.stage().focusedProperty(), vm::checkNow));
            v.stage().setOnHidden(e -> {
                if (poller != null) {
                    poller.stop();
                }
            });
            view = v;
        }
        return view;
    }

    /**
     * Save as PNG…: asks for the file, checks it off the FX thread (real path, not into a layer
     * folder, asks before replacing a file), takes the chart's snapshot on the FX thread and writes
     * the PNG on the task thread.
     */
    void save(String id, Node chart) {
        Path corpus = folder.get();
        Optional<Path> chosen = ctx.dialogs().chooseSaveFile(messages.get("dashboard.save.title"), corpus,
                "tandai-" + id + ".png", messages.get("dashboard.save.filter"), "*.png");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = ChartFiles.withPngSuffix(chosen.get());
        ctx.tasks().run("check " + target.getFileName(), () -> {
            ChartFiles.check(target, corpus);
            return Files.exists(target);
        }, exists -> {
            if (exists && ctx.dialogs().choose(messages.get("dashboard.save.title"),
                    messages.get("dashboard.save.replace", target), List.of(messages.get("dashboard.save.replaceYes"),
                            messages.get("dashboard.save.cancel"))).orElse(1) != 0) {
                return;
            }
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            WritableImage img = chart.snapshot(p, null);
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int[] argb = new int[w * h];
            img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            ctx.tasks().run("save " + target.getFileName(), () -> files.save(target, corpus, w, h, argb),
                    real -> ctx.dialogs().notify(messages.get("dashboard.save.done", real, w, h)),
                    e -> failed(target, e));
        }, e -> failed(target, e));
    }

    private void failed(Path target, Throwable e) {
        String why = e instanceof StoreException se ? se.problem().toString() : target + ": " + e.getMessage();
        ctx.dialogs().showError(messages.get("dashboard.save.failed"), why);
    }
}
