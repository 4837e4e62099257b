package org.tandai.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.tandai.i18n.Messages;
import org.tandai.ui.common.Settings;
import org.tandai.ui.common.ThemePalette;

/**
 * Light and dark themes (issue 13, decisions 1120–1123). The theme is AtlantaFX's Primer Light or
 * Primer Dark as the user-agent stylesheet (every scene, dialogs too), plus {@code tandai-dark.css}
 * on the window's scene, which only renames the colours of {@code tandai.css}, plus the entity
 * highlights made from the theme's palette. Chosen at start as --theme, else View ▸ Theme (saved
 * in {@link Settings#theme}), else the system's preference, else light; View ▸ Theme switches live.
 * The system is asked off the FX thread: until it answers the window shows what the system said
 * at the last start, else light (decision 1226).
 */
public final class ThemeSwitcher {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** The style class on the scene's root while the dark theme is shown. */
    public static final String DARK_CLASS = "theme-dark";
    /** Overrides the desktop's preference: "light" or "dark". */
    public static final String SYSTEM_PROPERTY = "tandai.system.theme";

    private final Settings settings;
    private final Scene scene;
    private final Consumer<ThemePalette> palette;
    private final Runnable save;
    private final Messages messages;
    private final SystemAsk systemDark;
    private final String option;
    private final String darkSheet = Objects.requireNonNull(ThemeSwitcher.class.getResource(ThemePalette.DARK)).toExternalForm();
    private String shown;
    private Boolean systemAnswer;
    /** True while the window follows the system: neither --theme nor View ▸ Theme chose, or System was chosen. */
    private boolean followsSystem;
    private boolean asking;

    /**
     * Asks the desktop whether it prefers dark and hands the answer to {@code answer} on the FX
     * thread: later, when asking takes a process; at once when the answer is known already.
     */
    public interface SystemAsk {
        void ask(Consumer<Boolean> answer);
    }

    /**
     * Applies the start-up theme to {@code scene} at once. {@code option} is the --theme value or
     * null; {@code palette} gets the theme's colours for the generated entity sheet; {@code save}
     * writes the settings after a change in the menu.
     */
    public ThemeSwitcher(String option, Settings settings, Scene scene, Consumer<ThemePalette> palette, Runnable save,
                         Messages messages, SystemAsk systemDark) {
        this.settings = settings;
        this.scene = scene;
        this.palette = palette;
        this.save = save;
        this.messages = messages;
        this.systemDark = systemDark;
        this.option = option;
        followsSystem = !valid(option) && !valid(settings.theme);
        apply(choose(option, settings.theme, () -> DARK.equals(settings.lastSystemTheme)));
        if (followsSystem) {
            followSystem();
        }
    }

    /**
     * The window's switcher, asking this machine's desktop for its preference when needed, on a
     * thread of its own (the file thread would make the article's read wait for it); the
     * system property {@value #SYSTEM_PROPERTY} ("light", "dark") stands in for the desktop and
     * answers at once (the tests set it, so a developer's dark desktop does not change what they see).
     */
    public static ThemeSwitcher forWindow(String option, Settings settings, Scene scene, Consumer<ThemePalette> palette,
                                          Runnable save, Messages messages) {
        String given = System.getProperty(SYSTEM_PROPERTY);
        SystemAsk system = given != null ? answer -> answer.accept(DARK.equals(given)) : answer -> {
            Thread t = new Thread(() -> {
                boolean dark = SystemTheme.ofThisMachine().prefersDark();
                Platform.runLater(() -> answer.accept(dark));
            }, "tandai-system-theme");
            t.setDaemon(true);
            t.start();
        };
        return new ThemeSwitcher(option, settings, scene, palette, save, messages, system);
    }

    /**
     * "light" or "dark": the --theme option, else the setting, else the system's preference, else
     * light. A value other than "light" or "dark" (a hand-edited settings file) is ignored.
     */
    public static String choose(String option, String setting, BooleanSupplier systemDark) {
        if (valid(option)) {
            return option;
        }
        if (valid(setting)) {
            return setting;
        }
        return systemDark.getAsBoolean() ? DARK : LIGHT;
    }

    static boolean valid(String theme) {
        return LIGHT.equals(theme) || DARK.equals(theme);
    }

    /**
     * Sets the user-agent stylesheet before the window's first control exists, from what is known
     * without asking the system (--theme, else the setting, else what the system said last time,
     * else light), so JavaFX never loads its
     * own Modena theme just to replace it. The switcher corrects it if the system says dark.
     */
    public static void preset(String option, Settings settings) {
        setUserAgent(choose(option, settings.theme, () -> DARK.equals(settings.lastSystemTheme)));
    }

    /** The theme on show: "light" or "dark". */
    public String shown() {
        return shown;
    }

    /**
     * View ▸ Theme: System, Light, Dark; choosing one shows it at once and saves the setting. The
     * item of the theme --theme gave is the one ticked, so the menu agrees with the window.
     */
    public Menu menu() {
        Menu menu = new Menu(messages.get("theme.menu"));
        menu.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (String choice : List.of("system", LIGHT, DARK)) {
            RadioMenuItem item = new RadioMenuItem(messages.get("theme." + choice));
            item.setId("theme-" + choice);
            item.setToggleGroup(group);
            item.setSelected(choice.equals(valid(option) ? option : valid(settings.theme) ? settings.theme : "system"));
            item.setOnAction(e -> choose(choice.equals("system") ? null : choice));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The user picked a theme (null: follow the system): shown now, and remembered. */
    public void choose(String theme) {
        settings.theme = valid(theme) ? theme : null;
        save.run();
        followsSystem = !valid(theme);
        if (followsSystem) {
            followSystem();
        } else {
            apply(theme);
        }
    }

    /** Shows the system's preference: now if it is known, else once the system answers (last run's answer until then). */
    private void followSystem() {
        if (systemAnswer != null) {
            apply(systemAnswer ? DARK : LIGHT);
            return;
        }
        if (asking) {
            return;
        }
        asking = true;
        systemDark.ask(dark -> {
            asking = false;
            systemAnswer = dark;
            String answered = dark ? DARK : LIGHT;
            if (!answered.equals(settings.lastSystemTheme)) { // the next start begins with it: no flash
                settings.lastSystemTheme = answered;
                save.run();
            }
            if (followsSystem) { // not if the user chose Light or Dark meanwhile
                apply(dark ? DARK : LIGHT);
            }
        });
    }

    private void apply(String theme) {
        if (theme.equals(shown)) {
            return;
        }
        shown = theme;
        boolean dark = DARK.equals(theme);
        setUserAgent(theme);
        List<String> sheets = scene.getStylesheets();
        sheets.remove(darkSheet);
        if (dark) {
            // Right after tandai.css, whose named colours it overrides; the entity sheet stays last.
            sheets.add(Math.min(1, sheets.size()), darkSheet);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (dark) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
        palette.accept(ThemePalette.load(dark));
    }

    private static void setUserAgent(String theme) {
        String sheet = DARK.equals(theme) ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        // Setting the same sheet again would re-apply CSS to every scene for nothing.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }
}
