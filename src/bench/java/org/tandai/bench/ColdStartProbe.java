package org.tandai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandai.store.DocumentFiles;
import org.tandai.store.SidecarStore;

/**
 * Target 1 and the first-open part of target 2 from outside: runs
 * {@code --annotator bench open --report-timing --exit DIR} on a folder holding the 1 MB /
 * 10,000-annotation article and reads the {@code timing: PHASE MS} lines (milliseconds from JVM
 * start). Each round starts the launcher {@code target/tandai} (heap flags and AppCDS archive, as
 * shipped) and then plain {@code java -jar target/tandai.jar}, alternately, so both see the same load.
 * The window needs a display: without DISPLAY the command runs under {@code xvfb-run} when it is
 * installed, otherwise the probe is skipped.
 */
final class ColdStartProbe {
    private static final Pattern TIMING = Pattern.compile("timing: (\\S+) (\\d+)");

    record Result(String label, List<Long> firstFrame, List<Long> rendered, String how) {
    }

    private ColdStartProbe() {
    }

    /** One result per launch, in the order given; null when there is no display. */
    static List<Result> run(int runs, List<Launch> launches) throws IOException, InterruptedException {
        Path dir = BenchInputs.root().resolve("cold-start");
        Path src = BenchInputs.longArticle();
        Files.createDirectories(dir);
        Files.copy(src, dir.resolve(src.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(DocumentFiles.curated(src).sidecar(), DocumentFiles.curated(dir.resolve(src.getFileName())).sidecar(),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> prefix = new ArrayList<>();
        String how;
        if (System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            how = "DISPLAY " + System.getenv("DISPLAY");
        } else if (Files.isExecutable(Paths.get("/usr/bin/xvfb-run"))) {
            prefix.addAll(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
            how = "xvfb-run";
        } else {
            return null;
        }
        // The settings folder through the environment, not -Dtandai.config.dir: a JVM option would keep
        // plain java -jar in its first JVM, which is not how a user starts it (decision 1231).
        String config = BenchInputs.root().resolve("cold-start-config").toAbsolutePath().toString();
        List<String> jvmOpts = List.of();
        List<String> args = List.of("--annotator", "bench", "open", "--report-timing", "--exit", dir.toAbsolutePath().toString());
        List<List<Long>> first = new ArrayList<>();
        List<List<Long>> rendered = new ArrayList<>();
        launches.forEach(l -> {
            first.add(new ArrayList<>());
            rendered.add(new ArrayList<>());
        });
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < launches.size(); k++) {
                ProcessBuilder pb = launches.get(k).builder(jvmOpts, args);
                pb.environment().put("TANDAI_CONFIG_DIR", config);
                pb.command().addAll(0, prefix);
                Process p = pb.redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                p.waitFor();
                Matcher m = TIMING.matcher(out);
                while (m.find()) {
                    if (m.group(1).equals("first-frame")) {
                        first.get(k).add(Long.parseLong(m.group(2)));
                    } else if (m.group(1).equals("document-rendered")) {
                        rendered.get(k).add(Long.parseLong(m.group(2)));
                    }
                }
                if (!out.contains("document-rendered")) {
                    System.err.println("bench: cold start run (" + launches.get(k).label() + ") printed no timing:\n" + out);
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < launches.size(); k++) {
            results.add(new Result(launches.get(k).label(), first.get(k), rendered.get(k), how));
        }
        return results;
    }
}
