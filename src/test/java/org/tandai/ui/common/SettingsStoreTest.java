package org.tandai.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.store.SidecarStore;

/** Issue 14, item 7, for settings.json: a broken file gives the defaults and a located, Gson-free reason. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void brokenSettingsGiveDefaultsAndSayWhereInJsonTerms() throws Exception {
        SettingsStore store = new SettingsStore(dir, new SidecarStore());
        Files.writeString(store.file(), "{\n  \"x\": NaN,\n  \"width\": 1000,\n  \"lastFolder\": \"/corpus\"\n  \"annotator\": \"Ani\"\n}\n");

        Settings s = store.load();

        assertEquals(1360, s.width, "the defaults");
        assertEquals(store.file() + ": line 5, column 3: invalid JSON: expected ',' or '}' after a value in an object, "
                + "found '\"' (a missing comma?)", store.problem().toString());
        assertFalse(store.problem().toString().contains("JsonReader"));
    }

    @Test
    void settingsTandaiWroteLoadBackWithoutAProblem() throws Exception {
        SettingsStore store = new SettingsStore(dir, new SidecarStore());
        Settings s = new Settings();
        s.annotator = "Ani";
        store.save(s);

        assertEquals("Ani", store.load().annotator);
        assertNull(store.problem());
    }
}
