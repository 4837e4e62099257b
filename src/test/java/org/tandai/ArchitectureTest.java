package org.tandai;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layers of Tandai and the direction of their dependencies, as JabRef enforces its own.
 *
 * <ul>
 *   <li>{@code model} depends on nothing else of ours; {@code store} and {@code anchoring} only on the model;
 *   {@code interchange}, {@code synth}, {@code merge}, {@code agreement} and {@code curation} on the model and the
 *   store; {@code dashboard} (the corpus summary the window charts) on those, {@code agreement} and {@code interchange}; {@code suggest} on those and on {@code interchange} (its tokenizer and CoNLL reader); {@code cli} on
 *   all of those but never
 *   on the window; only {@code Main} and {@code ui} itself use {@code ui}.</li>
 *   <li>The model, store, format converters, re-anchoring and command line run without a display, so they
 *   may not touch JavaFX, RichTextFX or ControlsFX: checked on the compiled classes (an import, a fully
 *   qualified name or a reflective string literal all end up in the constant pool) and on the sources.</li>
 * </ul>
 * A missing layer is a failure, not a pass, and nothing here depends on the working directory.
 */
class ArchitectureTest {
    private static final List<String> HEADLESS = List.of("model", "store", "interchange", "cli", "anchoring", "synth", "merge",
            "agreement", "suggest", "curation", "i18n", "dashboard");
    private static final List<String> FORBIDDEN = List.of("javafx/", "javafx.", "org/fxmisc/", "org.fxmisc.",
            "org/controlsfx/", "org.controlsfx.");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tandai");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy(DescribedPredicate.describe("org.tandai.Main",
                        (JavaClass c) -> c.getName().startsWith("org.tandai.Main")))
                .layer("Model").definedBy("org.tandai.model..")
                .layer("Store").definedBy("org.tandai.store..")
                .layer("Anchoring").definedBy("org.tandai.anchoring..")
                .layer("Interchange").definedBy("org.tandai.interchange..")
                .layer("Synth").definedBy("org.tandai.synth..")
                .layer("Merge").definedBy("org.tandai.merge..")
                .layer("Agreement").definedBy("org.tandai.agreement..")
                .layer("Suggest").definedBy("org.tandai.suggest..")
                .layer("Curation").definedBy("org.tandai.curation..")
                .layer("Cli").definedBy("org.tandai.cli..")
                .layer("Ui").definedBy("org.tandai.ui..")
                .layer("I18n").definedBy("org.tandai.i18n..")
                .layer("Dashboard").definedBy("org.tandai.dashboard..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main", "Ui")
                .whereLayer("Suggest").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Curation").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Synth").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Merge").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Agreement").mayOnlyBeAccessedByLayers("Cli", "Ui", "Dashboard")
                .whereLayer("Dashboard").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Interchange").mayOnlyBeAccessedByLayers("Cli", "Ui", "Suggest", "Dashboard")
                .whereLayer("Anchoring").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Interchange", "Synth", "Merge", "Agreement", "Suggest",
                        "Curation", "Cli", "Ui", "Dashboard")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Store", "Anchoring", "Interchange", "Synth", "Merge",
                        "Agreement", "Suggest", "Curation", "Cli", "Ui", "Dashboard")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("Main", "Cli", "Ui")
                .check(classes);
    }

    @Test
    void theWindowUsesTheCommandLineOnlyThroughItsLauncherInterface() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("org.tandai.ui")) {
                continue;
            }
            c.getDirectDependenciesFromSelf().stream()
                    .map(d -> d.getTargetClass().getBaseComponentType())
                    .filter(t -> t.getPackageName().equals("org.tandai.cli"))
                    .filter(t -> !t.getName().startsWith("org.tandai.cli.WindowLauncher"))
                    .forEach(t -> offenders.add(c.getName() + " -> " + t.getName()));
        }
        assertEquals(List.of(), offenders.stream().distinct().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "store", "interchange", "cli", "anchoring", "synth", "merge", "agreement", "suggest",
            "curation", "dashboard"})
    void headlessLayerClassesDoNotUseJavaFx(String layer) throws IOException, URISyntaxException {
        URL url = ArchitectureTest.class.getClassLoader().getResource("org/tandai/" + layer);
        assertTrue(url != null, "layer " + layer + " has no compiled classes");
        Path dir = Path.of(url.toURI());
        List<String> offenders = new ArrayList<>();
        int count = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                count++;
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String bad : FORBIDDEN) {
                    if (bytes.contains(bad)) {
                        offenders.add(dir.relativize(f) + " uses " + bad);
                    }
                }
            }
        }
        assertTrue(count > 0, "layer " + layer + " has no compiled classes");
        assertEquals(List.of(), offenders);
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "store", "interchange", "cli", "anchoring", "synth", "merge", "agreement", "suggest",
            "curation", "dashboard"})
    void headlessLayerSourcesImportNoJavaFx(String layer) throws IOException {
        Path src = sourceRoot().resolve("org/tandai").resolve(layer);
        assertTrue(Files.isDirectory(src), "layer " + layer + " has no sources at " + src);
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

    @Test
    void everyHeadlessLayerIsChecked() throws IOException {
        List<String> packages;
        try (Stream<Path> dirs = Files.list(sourceRoot().resolve("org/tandai"))) {
            packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> unchecked = packages.stream().filter(p -> !p.equals("ui") && !HEADLESS.contains(p)).toList();
        assertEquals(List.of(), unchecked, "a new top-level package needs its place in the layer rules above");
        assertFalse(packages.isEmpty());
    }

    /**
     * The app edits {@code seeds/} as it is used, so a test that read it would break after normal use.
     * Tests copy the committed seed instead ({@link TestFiles#seed}).
     */
    @Test
    void testsNeverReadTheLiveSeedsFolder() throws IOException {
        Path tests = Path.of(System.getProperty("tandai.test.basedir"), "src", "test", "java");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.matches(".*(Path\\.of|Paths\\.get|new File)\\(\\s*\"seeds[\"/\\\\].*")) {
                        offenders.add(tests.relativize(f) + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** The main sources, found from the build's base directory, not from wherever the JVM was started. */
    private static Path sourceRoot() {
        String base = System.getProperty("tandai.test.basedir");
        assertTrue(base != null, "run through Maven: the pom sets tandai.test.basedir");
        return Path.of(base, "src", "main", "java");
    }
}
