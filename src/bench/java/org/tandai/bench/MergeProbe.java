package org.tandai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tandai.merge.MergeDriver;
import org.tandai.model.AnnotatedDocument;
import org.tandai.model.Claim;
import org.tandai.model.Entity;
import org.tandai.store.SidecarStore;
import org.tandai.store.SidecarWriter;
import org.tandai.synth.SyntheticCorpus;

/**
 * Issue 11: {@code merge-driver} on the generated 10,000-annotation sidecar with edits on both sides
 * (ours: 200 verdicts, 50 new entities; theirs: 200 notes on other claims, 20 deletions, 50 new
 * entities whose ids clash with ours' and are renumbered). Measured the way git runs it, files
 * in and the merge written over ours: warm in this JVM (the target, ≤ 500 ms), and once cold in a
 * child JVM with the launcher's batch flags, whose peak heap (sum of the heap pools' peaks) is the
 * memory figure. Standalone: {@code java -cp <test classpath> org.tandai.bench.MergeProbe}.
 */
final class MergeProbe {
    static final int RUNS = 10;

    record Result(int annotations, List<Long> warmMs, List<Long> floorMs, long coldMs, long peakHeapKb, long coldProcessMs,
                  int conflicts) {
        long floorMedianMs() {
            List<Long> s = new ArrayList<>(floorMs);
            s.sort(null);
            return s.get(s.size() / 2);
        }

        long medianMs() {
            List<Long> s = new ArrayList<>(warmMs);
            s.sort(null);
            return s.get(s.size() / 2);
        }
    }

    private MergeProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("child")) {
            child(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Result r = run();
        System.out.printf("merge-driver on %d annotations: warm median %d ms %s (floor: read three, write one: median %d ms %s);"
                + " cold in a child JVM %d ms (process %d ms), peak heap %.1f MB; %d conflict(s)%n", r.annotations(),
                r.medianMs(), r.warmMs(), r.floorMedianMs(), r.floorMs(), r.coldMs(),
                r.coldProcessMs(), r.peakHeapKb() / 1024.0, r.conflicts());
    }

    static Result run() throws Exception {
        Path dir = BenchInputs.root().resolve("merge");
        Files.createDirectories(dir);
        AnnotatedDocument base = SyntheticCorpus.article("merge", 42, BenchInputs.LONG_CHARS, BenchInputs.LONG_ANNOTATIONS).document();
        Path b = write(dir.resolve("base.json"), base, d -> { });
        Path o = write(dir.resolve("ours.json"), base, d -> {
            List<Claim> claims = d.claims();
            for (int i = 0; i < 200; i++) {
                claims.get(i * 2).setVerdict("false");
            }
            addEntities(d, "Ours");
        });
        Path t = write(dir.resolve("theirs.json"), base, d -> {
            List<Claim> claims = d.claims();
            for (int i = 0; i < 200; i++) {
                claims.get(i * 2 + 1).setNote("checked " + i);
            }
            for (int i = 0; i < 20; i++) {
                String id = d.relations().isEmpty() ? claims.get(claims.size() - 1 - i).id() : d.relations().get(0).id();
                d.referrersOf(id).forEach(x -> x.annotation().removeReference(x.reference()));
                d.remove(id);
            }
            addEntities(d, "Theirs");
        });
        Path work = dir.resolve("work.json");
        MergeDriver driver = new MergeDriver(new SidecarStore());
        List<Long> warm = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        SidecarStore store = new SidecarStore();
        int conflicts = 0;
        for (int i = 0; i < 3 + RUNS; i++) {
            // The floor, interleaved so both see the same load: read the three files, write one.
            Files.copy(o, work, StandardCopyOption.REPLACE_EXISTING);
            long f0 = System.nanoTime();
            SidecarStore.readSidecar(b);
            SidecarStore.readSidecar(t);
            AnnotatedDocument mine = SidecarStore.readSidecar(work).document();
            store.writeAtomically(work, SidecarWriter.toJson(mine).getBytes(StandardCharsets.UTF_8), false);
            if (i >= 3) {
                floor.add((System.nanoTime() - f0) / 1_000_000);
            }
            Files.copy(o, work, StandardCopyOption.REPLACE_EXISTING);
            long t0 = System.nanoTime();
            MergeDriver.Outcome out = driver.run(b, work, t, "merge.annotations.json");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!out.written() || out.merge().renumbered().size() != 50) {
                throw new IllegalStateException("the benchmark merge did not run as planned: " + out.problems());
            }
            conflicts = out.conflicts().size();
            if (i >= 3) {
                warm.add(ms);
            }
        }
        Files.copy(o, work, StandardCopyOption.REPLACE_EXISTING);
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MergeProbe.class.getName(), "child", b.toString(), work.toString(), t.toString()));
        long p0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = p.waitFor();
        long processMs = (System.nanoTime() - p0) / 1_000_000;
        String[] parts = printed.substring(printed.lastIndexOf("child ") + 6).split(" ");
        if (exit != 0 || parts.length != 2) {
            throw new IllegalStateException("the child merge failed (" + exit + "): " + printed);
        }
        return new Result(base.size(), warm, floor, Long.parseLong(parts[0]), Long.parseLong(parts[1]), processMs, conflicts);
    }

    /** One cold merge in this JVM: prints "child MS PEAK_HEAP_KB". */
    private static void child(Path base, Path ours, Path theirs) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        MergeDriver.Outcome out = new MergeDriver(new SidecarStore()).run(base, ours, theirs, "merge.annotations.json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / 1024;
        if (!out.written()) {
            throw new IllegalStateException(out.problems().toString());
        }
        System.out.println("child " + ms + " " + peak);
    }

    private static void addEntities(AnnotatedDocument d, String who) {
        Entity first = d.entities().get(0);
        for (int i = 0; i < 50; i++) {
            Entity e = new Entity(d.newId(org.tandai.model.Kind.ENTITY), who + " " + i, "PERSON");
            e.mentions().add(first.mentions().get(0));
            d.add(e);
        }
    }

    private static Path write(Path file, AnnotatedDocument base, Consumer<AnnotatedDocument> edit) throws Exception {
        AnnotatedDocument d = org.tandai.store.SidecarReader.read("x", SidecarWriter.toJson(base)).document();
        edit.accept(d);
        return Files.writeString(file, SidecarWriter.toJson(d));
    }
}
