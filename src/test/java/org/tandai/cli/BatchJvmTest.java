package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** When plain {@code java -jar} moves a command into a child JVM with the batch flags, and with what command line. */
class BatchJvmTest {
    private static final String FLAGS = "-XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1";

    private static Properties system() {
        Properties p = new Properties();
        p.setProperty("java.home", "/opt/jdk");
        p.setProperty("java.class.path", "/opt/tandai dir/tandai.jar");
        return p;
    }

    private static List<String> child(List<String> jvmOptions, Map<String, String> env, Properties system, String... args) {
        return BatchJvm.childCommand(args, jvmOptions, env, system, FLAGS, 4242);
    }

    @Test
    void aBatchCommandWithoutJvmOptionsRunsInAChildWithTheBatchFlagsAndTheSameArguments() {
        assertEquals(List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx256m",
                        "-XX:TieredStopAtLevel=1", "-Dtandai.batch.parent=4242", "-cp", "/opt/tandai dir/tandai.jar",
                        "org.tandai.Main", "--lang", "id", "validate", "--quiet", "a folder/with spaces", ""),
                child(List.of(), Map.of(), system(), "--lang", "id", "validate", "--quiet", "a folder/with spaces", ""));
    }

    @Test
    void theWindowHelpAndUnknownWordsStayInThisJvm() {
        assertNull(child(List.of(), Map.of(), system()), "no command: the window");
        assertNull(child(List.of(), Map.of(), system(), "open", "seeds"));
        assertNull(child(List.of(), Map.of(), system(), "--help"));
        assertNull(child(List.of(), Map.of(), system(), "suggest", "seeds"));
        // An option's value is not the command word: "validate" here is the annotator's name.
        assertNull(child(List.of(), Map.of(), system(), "--annotator", "validate", "open"));
        assertNull(child(List.of(), Map.of(), system(), "--", "validate"));
    }

    @Test
    void jvmOptionsChosenBySomeoneAreRespected() {
        assertNull(child(List.of("-Xmx2g"), Map.of(), system(), "validate", "x"), "the launcher's or the user's flags");
        for (String variable : BatchJvm.JVM_OPTION_VARIABLES) {
            assertNull(child(List.of(), Map.of(variable, "-Xmx2g"), system(), "export", "x"), variable);
        }
        assertEquals("org.tandai.Main", child(List.of(), Map.of("JAVA_TOOL_OPTIONS", " "), system(), "stats", "x").get(7),
                "a blank variable chooses nothing");
    }

    @Test
    void theChildNeverStartsAnotherOne() {
        Properties child = system();
        child.setProperty(BatchJvm.PARENT_PROPERTY, "4242");
        assertNull(child(List.of(), Map.of(), child, "validate", "x"));
    }

    @Test
    void withoutBuiltInFlagsNothingMoves() {
        assertNull(BatchJvm.childCommand(new String[] {"validate", "x"}, List.of(), Map.of(), system(), null, 1));
        assertNull(BatchJvm.childCommand(new String[] {"validate", "x"}, List.of(), Map.of(), system(), " ", 1));
    }

    @Test
    void theBuildWritesTheLaunchersBatchFlagsIntoTheJar() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<tandai.launcher.batchFlags>([^<]*)</tandai.launcher.batchFlags>").matcher(pom);
        m.find();
        assertEquals(m.group(1), BatchJvm.builtInFlags());
    }

    @Test
    void theBatchCommandsAreTheLaunchersOnes() throws IOException {
        Matcher sh = Pattern.compile("\\n\\s+(validate\\|[a-z|-]+)\\)").matcher(Files.readString(Path.of("src/main/launcher/tandai")));
        sh.find();
        assertEquals(new TreeSet<>(BatchJvm.BATCH_COMMANDS), new TreeSet<>(Set.of(sh.group(1).split("\\|"))));
        Matcher cmd = Pattern.compile("for %%c in \\(([a-z -]+)\\)").matcher(Files.readString(Path.of("src/main/launcher/tandai.cmd")));
        cmd.find();
        assertEquals(new TreeSet<>(BatchJvm.BATCH_COMMANDS), new TreeSet<>(Set.of(cmd.group(1).split(" "))));
    }
}
