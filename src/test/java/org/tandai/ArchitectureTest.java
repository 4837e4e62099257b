package org.tandai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model, store, format converters and command line must run without a display, so they may not
 * touch JavaFX, RichTextFX or ControlsFX. Checked on the compiled classes: an import, a fully
 * qualified name or a reflective string literal of those packages all end up in the constant pool.
 */
class ArchitectureTest {
    private static final List<String> FORBIDDEN = List.of("javafx/", "javafx.", "org/fxmisc/", "org.fxmisc.",
            "org/controlsfx/", "org.controlsfx.");

    @ParameterizedTest
    @ValueSource(strings = {"model", "store", "interchange", "cli", "anchoring"})
    void layerDoesNotUseJavaFx(String layer) throws IOException, URISyntaxException {
        URL url = ArchitectureTest.class.getClassLoader().getResource("org/tandai/" + layer);
        if (url == null) {
            assertTrue(List.of("interchange").contains(layer), "layer " + layer + " has no classes");
            return;
        }
        Path dir = Path.of(url.toURI());
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String bad : FORBIDDEN) {
                    if (bytes.contains(bad)) {
                        offenders.add(dir.relativize(f) + " uses " + bad);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "store", "interchange", "cli"})
    void layerSourcesImportNoJavaFx(String layer) throws IOException {
        Path src = Path.of("src/main/java/org/tandai", layer);
        if (!Files.isDirectory(src)) {
            return;
        }
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches("\\s*import\\s+(static\\s+)?(javafx|org\\.fxmisc|org\\.controlsfx)\\..*")) {
                        offenders.add(f + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
