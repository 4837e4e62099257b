package org.tandai.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible English in the window's code: every string literal in {@code ui/**} that reads like
 * text for a person (two words, a capitalised word, an ellipsis) must come from the bundles instead
 * ({@code messages.get("key")}). What the scan lets through is listed below, each with its reason: bundle
 * keys, ids and style classes, CSS, task and thread names, console output, and the store-layer problem
 * texts, which stay English for now (they are also what {@code tandai validate} prints).
 */
class UiLiteralsTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Two words, a capitalised word, or an ellipsis: what a person reads. */
    private static final Pattern WORDY = Pattern.compile("\\p{L}{2,}[ \\u00a0]+\\p{L}|\\b\\p{Lu}\\p{Ll}+|\\u2026|\\.\\.\\.");
    /** A key combination ("Shortcut+Shift+Z or Shortcut+Y", "Alt+0"): the same in every language. */
    private static final Pattern KEYS = Pattern.compile("(?:(?:Shortcut|Alt|Shift|Ctrl|Meta)\\+)+(?:Numpad )?\\w+"
            + "(?: or (?:(?:Shortcut|Alt|Shift|Ctrl|Meta)\\+)+(?:Numpad )?\\w+)*");
    /** A bundle key ("action.file.save", "tab.counted"). */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+");

    /** Lines whose literals are not shown to the user, by what the line does. */
    private static final List<Pattern> NOT_SHOWN = List.of(
            Pattern.compile("tasks(\\.recurring\\(\\))?\\.run\\(\""),                     // task names: thread and log names, never shown
            Pattern.compile("System\\.(err|out)|err\\.println"),      // the console, like the command line
            Pattern.compile("Problem\\.error\\("),                    // store-layer problem texts (stay English for now)
            Pattern.compile("-fx-|-rtfx-|css\\.append|\\.append\\(\"[ .]"), // CSS
            Pattern.compile("getProperty\\(|getenv\\(|Logger\\.getLogger"),
            Pattern.compile("replaceAll\\(|replaceFirst\\(|matches\\(|getSimpleName\\(\\)|Pattern\\.compile\\("),
            // A broken built-in stylesheet: a bug in Tandai's own resources, never the user's input.
            Pattern.compile("throw new Illegal(Argument|State)Exception\\(.*(theme|stylesheet)"),
            // Commands that ask the desktop for its theme (ui/theme/SystemTheme).
            Pattern.compile("runner\\.run\\(List\\.of\\(\""));

    /**
     * The literals that stay, by file and the literal itself: small and explained. A new entry here needs
     * the same scrutiny as a new English string in a review.
     */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            // The Delete key's name in the action table (a KeyCombination, like "Shortcut+S").
            "WorkbenchActions.java", List.of("Delete"),
            // Printed to the console when no display is available, before any window or language exists.
            "FxWindowLauncher.java", List.of(
                    "). Is a display available? The command-line tools (validate, stats) work without one."),
            // A DateTimeFormatter pattern, not text.
            "guard/RecoveryPrompt.java", List.of("yyyy-MM-dd HH:mm:ss"),
            // Settings folder names on disk, not text.
            "common/SettingsStore.java", List.of("Application Support", "Library", "Tandai"),
            // The read-only reason of another annotator's layer in View ▸ Other layers: built off the FX
            // thread by a static reader (LayerReads), shown only in that layer's tooltip. See the report.
            "layers/LayerReads.java", List.of("another annotator's layer, shown read-only"),
            // Registry arguments of the Windows theme query, on the line after runner.run(List.of(.
            "theme/SystemTheme.java", List.of("AppsUseLightTheme"));

    @Test
    void noUserVisibleLiteralOutsideTheBundles() throws IOException {
        Path ui = Path.of(basedir(), "src", "main", "java", "org", "tandai", "ui");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                String rel = ui.relativize(f).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String literal : visibleLiterals(lines.get(i))) {
                        if (!ALLOWED.getOrDefault(rel, List.of()).contains(literal)) {
                            found.add("ui/" + rel + ":" + (i + 1) + ": \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "user-visible text in ui/ must come from messages.get(key) with the key in "
                + "both messages.properties and messages_id.properties:\n" + String.join("\n", found));
    }

    @Test
    void theDetectorCatchesTextAndPassesKeysIdsAndStyles() {
        assertEquals(List.of("Hello world"), visibleLiterals("        Label l = new Label(\"Hello world\");"));
        assertEquals(List.of("File", "Save"), visibleLiterals("    menu.add(\"File\".length(), new Button(\"Save\"));"));
        assertEquals(List.of("Open Folder\\u2026"), visibleLiterals("item.setText(\"Open Folder\\u2026\");"));
        assertTrue(visibleLiterals("b.setTooltip(new Tooltip(\"no matches\"));").contains("no matches"));
        assertTrue(visibleLiterals("label.setText(messages.get(\"action.file.save\"));").isEmpty());
        assertTrue(visibleLiterals("l.getStyleClass().add(\"status-item\"); l.setId(\"counts-status\");").isEmpty());
        assertTrue(visibleLiterals("return n + \" \\u00b7 \" + m;").isEmpty());
        assertTrue(visibleLiterals("    // a comment with \"Some words\" in quotes").isEmpty());
        assertTrue(visibleLiterals("     * Javadoc with \"Some words\" in quotes").isEmpty());
        assertTrue(visibleLiterals("tasks.run(\"load \" + name, () -> x, ok -> { }, e -> { });").isEmpty());
        assertTrue(visibleLiterals("tasks.recurring().run(\"Suggesting\", work, ok -> { }, e -> { });").isEmpty());
        assertFalse(KEY.matcher("Hello world").matches());
        assertTrue(visibleLiterals("menu.add(\"edit\", \"action.edit.redo\", \"Shortcut+Shift+Z or Shortcut+Y\", true);").isEmpty());
        assertTrue(visibleLiterals("return s.substring(0, 197) + \"...\" + \"\\u2026\";").isEmpty());
    }

    /** The literals of one source line that read like text for a person. */
    static List<String> visibleLiterals(String line) {
        String code = line.strip();
        List<String> out = new ArrayList<>();
        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || code.startsWith("@")
                || code.startsWith("import ")) {
            return out;
        }
        for (Pattern p : NOT_SHOWN) {
            if (p.matcher(code).find()) {
                return out;
            }
        }
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            if (code.lastIndexOf("//", m.start()) >= 0 && !inLiteral(code, code.lastIndexOf("//", m.start()))) {
                break; // the rest of the line is a comment
            }
            String literal = m.group(1);
            String text = unescape(literal);
            boolean words = text.codePoints().filter(Character::isLetter).count() >= 2;
            if (words && !KEY.matcher(text).matches() && !KEYS.matcher(text).matches() && WORDY.matcher(text).find()) {
                out.add(literal);
            }
        }
        return out;
    }

    private static boolean inLiteral(String code, int index) {
        boolean in = false;
        for (int i = 0; i < index; i++) {
            char c = code.charAt(i);
            if (c == '\\' && in) {
                i++;
            } else if (c == '"') {
                in = !in;
            }
        }
        return in;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < s.length()) {
                b.append(' ');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String basedir() {
        String base = System.getProperty("tandai.test.basedir");
        assertTrue(base != null, "run through Maven: the pom sets tandai.test.basedir");
        return base;
    }
}
