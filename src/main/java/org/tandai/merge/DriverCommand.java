package org.tandai.merge;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The shell command that runs this very installation of Tandai, for git's
 * {@code merge.tandai.driver} (decision 0930). In order: the launcher that started us (it exports
 * {@code TANDAI_LAUNCHER}); else {@code java -jar} with this jar's absolute path; else, when
 * running from a classes folder (a development build, the tests), {@code java -cp} with our class
 * path and the main class. Java is this JVM's own ({@code java.home}), so the driver does not
 * depend on the PATH that git runs it with.
 */
public final class DriverCommand {
    static final String LAUNCHER_VARIABLE = "TANDAI_LAUNCHER";
    private static final String MAIN_CLASS = "org.tandai.Main";

    private DriverCommand() {
    }

    /** The command, shell-quoted, for this process. */
    public static String current() {
        return resolve(System.getenv(), codeLocation(), System.getProperty("java.home"),
                System.getProperty("java.class.path"));
    }

    /** {@link #current()} from explicit inputs, so each case is testable. */
    static String resolve(Map<String, String> env, Path code, String javaHome, String classPath) {
        String launcher = env.get(LAUNCHER_VARIABLE);
        if (launcher != null && !launcher.isBlank() && Files.isExecutable(Path.of(launcher))) {
            return quote(Path.of(launcher).toAbsolutePath().normalize().toString());
        }
        String java = quote(Path.of(javaHome, "bin", "java").toString());
        if (code != null && Files.isRegularFile(code)) {
            return java + " -jar " + quote(code.toAbsolutePath().normalize().toString());
        }
        return java + " -cp " + quote(absoluteClassPath(classPath)) + " " + MAIN_CLASS;
    }

    private static Path codeLocation() {
        try {
            var source = DriverCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Git runs the driver from the repository's top folder: relative class-path entries would break. */
    private static String absoluteClassPath(String classPath) {
        StringBuilder sb = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : java.io.File.pathSeparator).append(Path.of(entry).toAbsolutePath());
            }
        }
        return sb.toString();
    }

    /** POSIX shell single quotes: git runs the driver through sh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
