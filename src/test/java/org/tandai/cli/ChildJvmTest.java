package org.tandai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.io.TempDir;

/** When plain {@code java -jar} moves a command or the window into a child JVM, and with what command line. */
class ChildJvmTest {
    private static final String FLAGS = "-XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1";
    private static final String WINDOW_FLAGS = "-Xmx1g -XX:TieredStopAtLevel=1";

    @TempDir
    Path tmp;

    private static Properties built(String flags, String windowFlags) {
        Properties p = new Properties();
        if (flags != null) {
            p.setProperty("flags", flags);
        }
        if (windowFlags != null) {
            p.setProperty("windowFlags", windowFlags);
        }
        return p;
    }

    private static Properties system() {
        Properties p = new Properties();
        p.setProperty("java.home", "/opt/jdk");
        p.setProperty("java.class.path", "/opt/tandai dir/tandai.jar");
        return p;
    }

    private static List<String> child(List<String> jvmOptions, Map<String, String> env, Properties system, String... args) {
        return ChildJvm.childCommand(args, jvmOptions, env, system, built(FLAGS, WINDOW_FLAGS), 4242, 1_700_000_000_000L);
    }

    @Test
    void aBatchCommandWithoutJvmOptionsRunsInAChildWithTheBatchFlagsAndTheSameArguments() {
        assertEquals(List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-XX:+UseSerialGC", "-Xmx256m",
                        "-XX:TieredStopAtLevel=1", "-Dtandai.jvm.parent=4242", "-cp", "/opt/tandai dir/tandai.jar",
                        "org.tandai.Main", "--lang", "id", "validate", "--quiet", "a folder/with spaces", ""),
                child(List.of(), Map.of(), system(), "--lang", "id", "validate", "--quiet", "a folder/with spaces", ""));
    }

    @Test
    void theWindowRunsInAChildWithTheWindowFlagsAndTheParentsStartTime() {
        List<String> expected = List.of(Path.of("/opt/jdk", "bin", "java").toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Dtandai.jvm.parent=4242", "-Dtandai.jvm.started=1700000000000", "-cp", "/opt/tandai dir/tandai.jar",
                "org.tandai.Main");
        assertEquals(expected, child(List.of(), Map.of(), system()), "no command: the window on ./seeds");
        List<String> open = new java.util.ArrayList<>(expected);
        open.addAll(List.of("--theme", "dark", "open", "--report-timing", "a folder"));
        assertEquals(open, child(List.of(), Map.of(), system(), "--theme", "dark", "open", "--report-timing", "a folder"));
        assertNull(ChildJvm.childCommand(new String[0], List.of(), Map.of(), system(), built(FLAGS, null), 1, 1),
                "no window flags built in");
    }

    @Test
    void helpVersionAndTheOtherCommandsStayInThisJvm() {
        assertNull(child(List.of(), Map.of(), system(), "--help"));
        assertNull(child(List.of(), Map.of(), system(), "-V"));
        assertNull(child(List.of(), Map.of(), system(), "open", "--help"));
        assertNull(child(List.of(), Map.of(), system(), "--version", "validate"));
        assertNull(child(List.of(), Map.of(), system(), "suggest", "seeds"));
        assertNull(child(List.of(), Map.of(), system(), "train", "seeds"));
        assertNull(child(List.of(), Map.of(), system(), "no-such-command"));
        // An option's value is not the command word: "validate" here is the annotator's name.
        assertEquals(ChildJvm.Kind.WINDOW, ChildJvm.kind(new String[] {"--annotator", "validate", "open"}));
        assertNull(child(List.of(), Map.of(), system(), "--", "validate"));
    }

    @Test
    void theWindowsChildMapsTheArchiveDumpedForThisVeryJar() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("tandai dir"));
        Path jar = Files.writeString(folder.resolve("tandai.jar"), "jar");
        Files.writeString(folder.resolve("tandai.jsa"), "archive");
        Files.writeString(folder.resolve("tandai.jsa.path"), jar.toString());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), folder);
        Properties system = system();
        system.setProperty("java.class.path", link.resolve("tandai.jar").toString());
        List<String> cmd = child(List.of(), Map.of(), system, "open", "x");
        assertEquals(List.of("-XX:SharedArchiveFile=" + folder.resolve("tandai.jsa"), "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Xmx1g"), cmd.subList(1, 6));
        assertEquals(jar.toString(), cmd.get(cmd.indexOf("-cp") + 1), "the class path the archive was dumped with");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx256m"), child(List.of(), Map.of(), system, "validate", "x").subList(1, 3),
                "batch children run without the archive (decision 1230)");

        Files.writeString(folder.resolve("tandai.jsa.path"), tmp.resolve("elsewhere/tandai.jar").toString());
        assertEquals("-Xmx1g", child(List.of(), Map.of(), system, "open", "x").get(1), "dumped for another jar");
        Files.writeString(folder.resolve("tandai.jsa.path"), jar.toString());
        Files.delete(folder.resolve("tandai.jsa"));
        assertEquals("-Xmx1g", child(List.of(), Map.of(), system, "open", "x").get(1), "no archive");
        system.setProperty("java.class.path", jar + java.io.File.pathSeparator + "other.jar");
        assertEquals("-Xmx1g", child(List.of(), Map.of(), system, "open", "x").get(1), "several entries");
    }

    @Test
    void jvmOptionsChosenBySomeoneAreRespected() {
        assertNull(child(List.of("-Xmx2g"), Map.of(), system(), "validate", "x"), "the launcher's or the user's flags");
        for (String variable : ChildJvm.JVM_OPTION_VARIABLES) {
            assertNull(child(List.of(), Map.of(variable, "-Xmx2g"), system(), "export", "x"), variable);
        }
        assertEquals("org.tandai.Main", child(List.of(), Map.of("JAVA_TOOL_OPTIONS", " "), system(), "stats", "x").get(7),
                "a blank variable chooses nothing");
    }

    @Test
    void theChildNeverStartsAnotherOne() {
        Properties child = system();
        child.setProperty(ChildJvm.PARENT_PROPERTY, "4242");
        assertNull(child(List.of(), Map.of(), child, "validate", "x"));
        assertNull(child(List.of(), Map.of(), child), "the window's child opens the window itself");
    }

    @Test
    void aJvmTheLaunchersStartedRunsWhereItIs() throws IOException {
        Properties launched = system();
        launched.setProperty("tandai.jvm.launcher", "1");
        assertNull(child(List.of(), Map.of(), launched, "validate", "x"));
        assertNull(child(List.of(), Map.of(), launched), "the window");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<tandai.launcher.commonFlags>-Dtandai.jvm.launcher=1</tandai.launcher.commonFlags>"),
                "every launcher passes the mark");
    }

    @Test
    void withoutBuiltInFlagsNothingMoves() {
        assertNull(ChildJvm.childCommand(new String[] {"validate", "x"}, List.of(), Map.of(), system(), built(null, null), 1, 1));
        assertNull(ChildJvm.childCommand(new String[] {"validate", "x"}, List.of(), Map.of(), system(), built(" ", null), 1, 1));
        assertNull(ChildJvm.childCommand(new String[0], List.of(), Map.of(), system(), built(FLAGS, " "), 1, 1));
    }

    @Test
    void theBuildWritesTheLaunchersFlagsIntoTheJar() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String[] key : new String[][] {{"batchFlags", "flags"}, {"windowFlags", "windowFlags"}}) {
            Matcher m = Pattern.compile("<tandai.launcher." + key[0] + ">([^<]*)</tandai.launcher." + key[0] + ">").matcher(pom);
            m.find();
            assertEquals(m.group(1), ChildJvm.builtInFlags().getProperty(key[1]), key[0]);
        }
    }

    @Test
    void theBatchCommandsAreTheLaunchersOnes() throws IOException {
        Matcher sh = Pattern.compile("\\n\\s+(validate\\|[a-z|-]+)\\)").matcher(Files.readString(Path.of("src/main/launcher/tandai")));
        sh.find();
        assertEquals(new TreeSet<>(ChildJvm.BATCH_COMMANDS), new TreeSet<>(Set.of(sh.group(1).split("\\|"))));
        Matcher cmd = Pattern.compile("for %%c in \\(([a-z -]+)\\)").matcher(Files.readString(Path.of("src/main/launcher/tandai.cmd")));
        cmd.find();
        assertEquals(new TreeSet<>(ChildJvm.BATCH_COMMANDS), new TreeSet<>(Set.of(cmd.group(1).split(" "))));
    }
}
