package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandai.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line speaks Indonesian with --lang id: its help and what the commands print. */
class CliLanguageTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path src = Path.of(System.getProperty("tandai.test.basedir", ".")).resolve("seeds");
        Path copy = dir.resolve("corpus");
        Files.createDirectories(copy);
        try (var files = Files.list(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void validateSummarisesInIndonesianWithLangId() throws Exception {
        Path corpus = corpus();
        CliRun id = CliRun.of("--lang", "id", "validate", corpus.toString());
        CliRun en = CliRun.of("validate", corpus.toString());
        assertEquals(0, id.exit(), id.err());
        assertEquals("1 dokumen diperiksa, 0 galat, 0 peringatan", id.out().strip());
        assertEquals("1 document(s) checked, 0 error(s), 0 warning(s)", en.out().strip());
        CliRun after = CliRun.of("validate", "--lang=id", corpus.toString());
        assertEquals(id.out(), after.out(), "--lang also works after the command name");
    }

    @Test
    void statsHeadersAreIndonesian() throws Exception {
        CliRun id = CliRun.of("--lang", "id", "stats", corpus().toString());
        assertEquals(0, id.exit(), id.err());
        assertTrue(id.out().startsWith("dokumen"), id.out());
        assertTrue(id.out().contains("klaim per putusan:"), id.out());
    }

    @Test
    void helpIsIndonesian() {
        CliRun id = CliRun.of("--lang", "id", "validate", "--help");
        assertEquals(0, id.exit());
        assertTrue(id.out().startsWith("Pemakaian: tandai validate"), id.out());
        assertTrue(id.out().contains("Periksa berkas anotasi terhadap artikel dan set tagnya."), id.out());
        assertTrue(id.out().contains("Tampilkan bantuan ini lalu keluar."), id.out());
        assertTrue(id.out().contains("Artikel, berkas anotasi atau folder korpus."), id.out());
        assertFalse(id.out().contains("Check annotation files"), id.out());
        CliRun en = CliRun.of("validate", "--help");
        assertTrue(en.out().startsWith("Usage: tandai validate"), en.out());
    }

    @Test
    void anUnknownLanguageOrThemeIsAUsageError() {
        CliRun lang = CliRun.of("--lang", "fr", "validate", "x");
        assertEquals(2, lang.exit());
        assertEquals("tandai: unknown language 'fr' (use en or id)", lang.err().strip());
        CliRun theme = CliRun.of("--theme", "blue");
        assertEquals(2, theme.exit());
        assertEquals("tandai: unknown theme 'blue' (use light or dark)", theme.err().strip());
        CliRun open = CliRun.of("--lang", "id", "open", "--theme", "blue");
        assertEquals(2, open.exit());
        assertEquals("tandai: tema 'blue' tidak dikenal (gunakan light atau dark)", open.err().strip());
    }

    /**
     * Every command, option and positional parameter has its Indonesian help text: picocli falls back to the
     * English annotation silently, so a command added without its translation would go unnoticed.
     */
    @Test
    void everyHelpTextHasAnIndonesianKey() {
        ResourceBundle id = Messages.of(Locale.forLanguageTag("id")).cliHelp();
        CommandLine cl = TandaiCommand.commandLine(o -> 0);
        List<String> missing = new ArrayList<>();
        check(cl.getCommandSpec(), id, missing);
        assertEquals(List.of(), missing);
    }

    private static void check(CommandSpec s, ResourceBundle b, List<String> missing) {
        String prefix = s.parent() == null ? "" : s.qualifiedName(".") + ".";
        if (!b.containsKey(prefix + "usage.description") && !b.containsKey(prefix + "usage.description.0")) {
            missing.add(prefix + "usage.description");
        }
        for (OptionSpec o : s.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            String key = o.descriptionKey().isEmpty() ? name : o.descriptionKey().replace("mixinStandardHelpOptions.", "");
            if (!o.inherited() && !b.containsKey(prefix + key) && !b.containsKey(key)) {
                missing.add(prefix + key);
            }
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            String key = prefix + p.paramLabel() + "[" + p.index() + "]";
            if (!b.containsKey(key)) {
                missing.add(key);
            }
        }
        for (CommandLine sub : s.subcommands().values()) {
            check(sub.getCommandSpec(), b, missing);
        }
    }
}
