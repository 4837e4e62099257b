package org.tandai.ui;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Test-only program run as a child JVM by {@link WindowKillNineTest}: starts the real Tandai window
 * ({@code tandai --annotator tester open FOLDER}, headless Monocle) and drives it with key
 * presses through the JavaFX robot, as a user would.
 *
 * <ul>
 *   <li>{@code edit FOLDER}: marks the words {@code Nama000}, {@code Nama001}, … as entities
 *   (Shift+Right over the word, then 7) until killed, printing {@code edit NAME MILLIS} once the
 *   window shows each new entity.</li>
 *   <li>{@code restore FOLDER}: waits for the question about unsaved edits, prints it
 *   ({@code offered TEXT}), answers with Enter (the default, Restore), presses Ctrl+S, prints
 *   {@code saved} once the window says all changes are saved, and exits.</li>
 * </ul>
 */
public final class WindowDriver {
    static final String WORD = "Nama";
    private static Robot robot;

    private WindowDriver() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String folder = args[1];
        Thread app = new Thread(() -> org.tandai.Main.main(new String[] {"--annotator", "tester", "open", folder}),
                "tandai");
        app.setDaemon(true);
        app.start();
        if (mode.equals("edit")) {
            Stage main = articleShown();
            robot = fx(Robot::new);
            edit(main);
        } else {
            restore();
        }
    }

    private static Stage articleShown() throws Exception {
        return waitFor("the window with its article", 120, () -> mainStage().filter(s -> s.getTitle().contains(".txt")
                && s.getScene().lookup("#counts-status") instanceof Label l && !l.getText().isEmpty()).orElse(null));
    }

    private static void edit(Stage main) throws Exception {
        StyleClassedTextArea area = (StyleClassedTextArea) main.getScene().lookup("#article");
        say("ready");
        for (int n = 0; ; n++) {
            String name = WORD + String.format("%03d", n);
            int before = entities(main);
            fx(() -> {
                area.requestFocus();
                area.moveTo(area.getText().indexOf(name + " "));
                robot.keyPress(KeyCode.SHIFT);
                for (int i = 0; i < name.length(); i++) {
                    robot.keyPress(KeyCode.RIGHT);
                    robot.keyRelease(KeyCode.RIGHT);
                }
                robot.keyRelease(KeyCode.SHIFT);
                return null;
            });
            waitFor("the selection of " + name, 30, () -> name.equals(area.getSelectedText()) ? true : null);
            fx(() -> {
                robot.keyPress(KeyCode.DIGIT7);
                robot.keyRelease(KeyCode.DIGIT7);
                return null;
            });
            waitFor("the entity " + name, 30, () -> entitiesOnFx(main) > before ? true : null);
            say("edit " + name + " " + System.currentTimeMillis());
        }
    }

    private static void restore() throws Exception {
        // Asked while the article opens, before the window shows it.
        DialogPane question = waitFor("the question about unsaved edits", 120, () -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
        say("offered " + fx(question::getContentText).replace('\n', ' '));
        robot = fx(Robot::new);
        fx(() -> {
            robot.keyPress(KeyCode.ENTER);
            robot.keyRelease(KeyCode.ENTER);
            return null;
        });
        Stage main = articleShown();
        waitFor("the restored document", 60, () -> main.getTitle().endsWith("*") ? true : null);
        StyleClassedTextArea area = (StyleClassedTextArea) main.getScene().lookup("#article");
        fx(() -> {
            main.requestFocus();
            area.requestFocus();
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(KeyCode.S);
            robot.keyRelease(KeyCode.S);
            robot.keyRelease(KeyCode.CONTROL);
            return null;
        });
        waitFor("the save", 60, () -> !main.getTitle().endsWith("*") ? true : null);
        say("saved " + entities(main));
        System.exit(0);
    }

    private static Optional<Stage> mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Tandai")).map(w -> (Stage) w).findFirst();
    }

    private static int entities(Stage main) throws Exception {
        return fx(() -> entitiesOnFx(main));
    }

    /** From the status bar: "12 entities · …". */
    private static int entitiesOnFx(Stage main) {
        String t = ((Label) main.getScene().lookup("#counts-status")).getText();
        return t.isEmpty() ? -1 : Integer.parseInt(t.substring(0, t.indexOf(' ')));
    }

    /** Polls {@code probe} on the FX thread until it gives a value; fails after {@code seconds}. */
    private static <T> T waitFor(String what, long seconds, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            T v;
            try {
                v = fx(probe);
            } catch (IllegalStateException notStartedYet) {
                v = null;
            }
            if (v != null) {
                return v;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        say("timeout waiting for " + what);
        System.exit(3);
        return null;
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
