package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandai.store.SidecarStore;

/**
 * Target 1 and the first-open part of target 2 from outside: runs
 * {@code java -jar target/tandai.jar --annotator bench open --report-timing --exit DIR} on a folder
 * holding the 1 MB / 10,000-annotation article and reads the {@code timing: PHASE MS} lines
 * (milliseconds from JVM start). The window needs a display: without DISPLAY the command runs
 * under {@code xvfb-run} when it is installed, otherwise the probe is skipped.
 */
final class ColdStartProbe {
    private static final Pattern TIMING = Pattern.compile("timing: (\\S+) (\\d+)");

    record Result(List<Long> firstFrame, List<Long> rendered, String how) {
    }

    private ColdStartProbe() {
    }

    static Result run(int runs) throws IOException, InterruptedException {
        String jar = System.getProperty("tandai.bench.jar", "target/tandai.jar");
        Path dir = BenchInputs.root().resolve("cold-start");
        Path src = BenchInputs.longArticle();
        Files.createDirectories(dir);
        Files.copy(src, dir.resolve(src.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SidecarStore.sidecarFor(src), SidecarStore.sidecarFor(dir.resolve(src.getFileName())),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> cmd = new ArrayList<>();
        String how;
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            how = "DISPLAY " + System.getenv("DISPLAY");
        } else if (Files.isExecutable(Paths.get("/usr/bin/xvfb-run"))) {
            cmd.addAll(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
            how = "xvfb-run";
        } else {
            return null;
        }
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Dtandai.config.dir=" + BenchInputs.root().resolve("cold-start-config"), "-jar", jar,
                "--annotator", "bench", "open", "--report-timing", "--exit", dir.toString()));
        List<Long> first = new ArrayList<>();
        List<Long> rendered = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = TIMING.matcher(out);
            while (m.find()) {
                (m.group(1).equals("first-frame") ? first : rendered).add(Long.parseLong(m.group(2)));
            }
            if (!out.contains("document-rendered")) {
                System.err.println("bench: cold start run printed no timing:\n" + out);
            }
        }
        return new Result(first, rendered, how);
    }
}
