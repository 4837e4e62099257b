package org.tandai.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop asks for dark applications. JavaFX 21 cannot tell (its Platform.Preferences
 * came in JavaFX 22), so this asks the system the cheap way each desktop offers (decision 1123):
 * GTK_THEME ending in ":dark" or {@code gsettings get org.gnome.desktop.interface color-scheme} on
 * Linux, the AppsUseLightTheme registry value on Windows, {@code defaults read -g AppleInterfaceStyle}
 * on macOS. A command that is missing, fails or takes longer than the timeout counts as light.
 * JavaFX-free; the command runner is a parameter so tests need no desktop.
 */
public final class SystemTheme {
    /** Runs a command and returns its standard output, or null when it fails or times out. */
    public interface Runner {
        String run(List<String> command, long timeoutMillis);
    }

    static final long TIMEOUT_MILLIS = 400;

    private final String os;
    private final Function<String, String> env;
    private final Runner runner;

    public SystemTheme(String os, Function<String, String> env, Runner runner) {
        this.os = os == null ? "" : os.toLowerCase(Locale.ROOT);
        this.env = env;
        this.runner = runner;
    }

    /** The detector for this machine: its OS name, environment and real processes. */
    public static SystemTheme ofThisMachine() {
        Map<String, String> environment = System.getenv();
        return new SystemTheme(System.getProperty("os.name"), environment::get, SystemTheme::runProcess);
    }

    /** True when the system asks for a dark theme; false when it asks for light or cannot tell. */
    public boolean prefersDark() {
        if (os.startsWith("windows")) {
            String out = runner.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme"), TIMEOUT_MILLIS);
            // "AppsUseLightTheme    REG_DWORD    0x0" means dark.
            return out != null && out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
        }
        if (os.startsWith("mac")) {
            String out = runner.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"), TIMEOUT_MILLIS);
            return out != null && out.trim().equalsIgnoreCase("dark");
        }
        String gtk = env.apply("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return gtk.toLowerCase(Locale.ROOT).endsWith(":dark");
        }
        String out = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), TIMEOUT_MILLIS);
        return out != null && out.contains("prefer-dark");
    }

    /** Runs a command with a time limit; its output, or null if it cannot start, fails or is too slow. */
    static String runProcess(List<String> command, long timeoutMillis) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            p.getOutputStream().close();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) {
                return null;
            }
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return null;
        }
    }
}
