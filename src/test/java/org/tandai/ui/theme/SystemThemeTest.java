package org.tandai.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each desktop's answer means (decision 1123), with the commands answered by a fake runner,
 * and the order of precedence: --theme, then View ▸ Theme, then the system, then light.
 */
class SystemThemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private SystemTheme on(String os, Map<String, String> env, String answer) {
        return new SystemTheme(os, env::get, (command, timeout) -> {
            asked.add(command);
            assertTrue(timeout > 0 && timeout <= 1000, "a short time limit: " + timeout);
            return answer;
        });
    }

    @Test
    void gnomeColorSchemePreferDarkIsDark() {
        assertTrue(on("Linux", Map.of(), "'prefer-dark'\n").prefersDark());
        assertEquals(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), asked.get(0));
        assertFalse(on("Linux", Map.of(), "'default'\n").prefersDark());
        assertFalse(on("Linux", Map.of(), "'prefer-light'\n").prefersDark());
    }

    @Test
    void gtkThemeVariableDecidesWithoutRunningAnything() {
        assertTrue(on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), null).prefersDark());
        assertFalse(on("Linux", Map.of("GTK_THEME", "Adwaita"), "'prefer-dark'").prefersDark());
        assertTrue(asked.isEmpty(), "GTK_THEME answers alone: " + asked);
    }

    @Test
    void windowsRegistryZeroMeansDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertTrue(on("Windows 11", Map.of(), dark).prefersDark());
        assertEquals("reg", asked.get(0).get(0));
        assertFalse(on("Windows 11", Map.of(), dark.replace("0x0", "0x1")).prefersDark());
    }

    @Test
    void macInterfaceStyleDarkIsDark() {
        assertTrue(on("Mac OS X", Map.of(), "Dark\n").prefersDark());
        assertEquals(List.of("defaults", "read", "-g", "AppleInterfaceStyle"), asked.get(0));
    }

    @Test
    void aCommandThatFailsOrIsMissingMeansLight() {
        assertFalse(on("Linux", Map.of(), null).prefersDark());
        assertFalse(on("Windows 10", Map.of(), null).prefersDark());
        assertFalse(on("Mac OS X", Map.of(), null).prefersDark());
        assertNull(SystemTheme.runProcess(List.of("tandai-no-such-command-" + System.nanoTime()), 400));
    }

    @Test
    void aSlowCommandIsCutOffAtTheTimeLimit() {
        long start = System.nanoTime();
        String out = SystemTheme.runProcess(List.of("sleep", "5"), 200);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNull(out);
        assertTrue(millis < 3000, "gave up after " + millis + " ms");
    }

    @Test
    void theOptionBeatsTheSettingWhichBeatsTheSystem() {
        assertEquals("dark", ThemeSwitcher.choose("dark", "light", () -> false));
        assertEquals("light", ThemeSwitcher.choose("light", "dark", () -> true));
        assertEquals("dark", ThemeSwitcher.choose(null, "dark", () -> false));
        assertEquals("light", ThemeSwitcher.choose(null, "light", () -> true));
        assertEquals("dark", ThemeSwitcher.choose(null, null, () -> true));
        assertEquals("light", ThemeSwitcher.choose(null, null, () -> false));
    }

    @Test
    void unknownValuesAreIgnored() {
        assertEquals("light", ThemeSwitcher.choose("purple", "sepia", () -> false));
        assertEquals("dark", ThemeSwitcher.choose("purple", null, () -> true));
        assertEquals("dark", ThemeSwitcher.choose("DARK?", "dark", () -> false));
    }

    /** The detector and the palette run without a display: neither touches JavaFX. */
    @Test
    void detectorAndPaletteAreJavaFxFree() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(SystemTheme.class, org.tandai.ui.common.ThemePalette.class);
        for (var c : classes) {
            for (var d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                assertFalse(target.startsWith("javafx.") || target.startsWith("org.fxmisc.") || target.startsWith("atlantafx."),
                        c.getName() + " uses " + target);
            }
        }
        assertTrue(classes.size() >= 2);
    }

    @Test
    void theSystemIsNotAskedWhenTheUserHasChosen() {
        boolean[] askedSystem = {false};
        ThemeSwitcher.choose(null, "light", () -> askedSystem[0] = true);
        ThemeSwitcher.choose("dark", null, () -> askedSystem[0] = true);
        assertFalse(askedSystem[0]);
    }
}
