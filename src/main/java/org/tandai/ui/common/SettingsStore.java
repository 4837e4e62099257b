package org.tandai.ui.common;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tandai.store.Problem;
import org.tandai.store.SidecarStore;
import org.tandai.store.StoreException;
import org.tandai.store.StrictJson;

/**
 * Reads and writes {@code settings.json} in the user's config folder, atomically. The folder is
 * {@code -Dtandai.config.dir}, else {@code $TANDAI_CONFIG_DIR}, else the platform's usual place
 * ({@code $XDG_CONFIG_HOME/tandai}, {@code ~/.config/tandai}, {@code %APPDATA%\Tandai},
 * {@code ~/Library/Application Support/Tandai}). Tests point it at a temporary folder.
 */
public final class SettingsStore {
    public static final String PROPERTY = "tandai.config.dir";
    public static final String ENV = "TANDAI_CONFIG_DIR";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path dir;
    private final SidecarStore writer;
    private Problem problem;

    public SettingsStore(Path dir, SidecarStore writer) {
        this.dir = dir;
        this.writer = writer;
    }

    /** The config folder from the system property, the environment or the platform default. */
    public static Path defaultDir() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENV);
        }
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Tandai");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Tandai");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "tandai") : Path.of(home, ".config", "tandai");
    }

    public Path file() {
        return dir.resolve("settings.json");
    }

    /**
     * The stored settings, or defaults when there are none or they cannot be read; then
     * {@link #problem()} says why, with the line and column of broken JSON.
     */
    public Settings load() {
        problem = null;
        Path f = file();
        if (!Files.isRegularFile(f)) {
            return new Settings();
        }
        String json;
        try {
            json = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem = Problem.error(f.toString(), "file", "cannot read (" + e.getMessage() + ")");
            return new Settings();
        }
        try {
            Settings s = GSON.fromJson(json, Settings.class);
            return s == null ? new Settings() : s;
        } catch (JsonParseException e) {
            // Settings are a convenience: a broken file means defaults (it is rewritten on exit,
            // keeping the broken one as settings.json.bak). Say where it is broken, in JSON's terms.
            problem = describe(f, json);
            return new Settings();
        }
    }

    /** Why the last {@link #load()} fell back to the defaults, or null. */
    public Problem problem() {
        return problem;
    }

    private static Problem describe(Path f, String json) {
        try {
            // Tandai itself writes NaN for a window position never set; same-length numbers keep
            // the strict parser's line and column pointing at the real fault.
            StrictJson.parse(new StringReader(json.replaceAll("\\bNaN\\b", "0.0").replaceAll("\\bInfinity\\b", "0.000000")));
        } catch (IOException | JsonParseException e) {
            return StrictJson.problem(f.toString(), e);
        }
        return Problem.error(f.toString(), "settings", "a setting has a value of the wrong type");
    }

    public void save(Settings s) throws StoreException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(org.tandai.store.Problem.error(dir.toString(), "folder", "cannot create: " + e.getMessage()), e);
        }
        writer.writeAtomically(file(), (GSON.toJson(s) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
